/** Player use cases for the signed-in trainee. */
package dk.tegn.courses.learning.control;
