/** Trainer authoring views (/courses/author/): course list, editor with translation, preview. */
package dk.tegn.courses.course.boundary;
