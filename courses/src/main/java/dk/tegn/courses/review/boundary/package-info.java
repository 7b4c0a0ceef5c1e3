/** The trainer's page of lessons due for review and of cited sources. */
package dk.tegn.courses.review.boundary;
