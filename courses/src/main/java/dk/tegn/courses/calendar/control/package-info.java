/** Creating, replacing and stopping a feed, and writing its events. */
package dk.tegn.courses.calendar.control;
