/** MicroProfile Health: ready while the database answers. */
package dk.tegn.web.health;
