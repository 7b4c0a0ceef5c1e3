/** Authoring and catalogue use cases; trainers act only on their organisation's courses. */
package dk.tegn.courses.course.control;
