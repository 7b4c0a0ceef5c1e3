/** REST: GET /api/me/courses, the signed-in trainee's enrolments. */
package dk.tegn.courses.enrolment.boundary;
