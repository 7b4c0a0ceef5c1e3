/** The draft as entities; keys of modules and items stay stable across versions. */
package dk.tegn.courses.course.entity;
