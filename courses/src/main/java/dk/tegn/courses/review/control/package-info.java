/** Reading sources from lesson text and building the review list. */
package dk.tegn.courses.review.control;
