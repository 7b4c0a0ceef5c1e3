/**
 * Reading, checking, writing, importing and exporting course packages, and importing the starter
 * curriculum for the demo.
 */
package dk.tegn.courses.packaging.control;
