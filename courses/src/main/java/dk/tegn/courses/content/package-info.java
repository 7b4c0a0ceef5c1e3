/** Safe content: Markdown rendered and sanitised before any trainee sees it. */
package dk.tegn.courses.content;
