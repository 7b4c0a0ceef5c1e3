/** Trainee views (/courses/learn/): my courses and the course player. */
package dk.tegn.courses.learning.boundary;
