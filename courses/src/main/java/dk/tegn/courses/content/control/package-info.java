/** Markdown to sanitised HTML. */
package dk.tegn.courses.content.control;
