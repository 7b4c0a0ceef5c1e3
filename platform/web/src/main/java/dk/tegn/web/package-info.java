/** The deployable WAR: layout, home pages, administration, REST application and error pages. */
package dk.tegn.web;
