/** The feed's address (/calendar/&lt;secret&gt;.ics) and its card on "My courses". */
package dk.tegn.courses.calendar.boundary;
