/** A lesson's review, a cited source and a source marked as changed. */
package dk.tegn.courses.review.entity;
