/**
 * Content that stays correct: each lesson's review (by whom, when, when due again), the sources it
 * cites with the day they were checked, the trainer's list of lessons due for review, and sources
 * marked as touched by a change of law with the lessons that cite them.
 */
package dk.tegn.courses.review;
