/**
 * A trainee's calendar feed (iCalendar): due dates of their courses and expiry dates of their
 * certificates, for the calendar they already use. Calendar programs fetch without signing in, so
 * the feed's address carries a secret the trainee creates, can replace and can stop.
 */
package dk.tegn.courses.calendar;
