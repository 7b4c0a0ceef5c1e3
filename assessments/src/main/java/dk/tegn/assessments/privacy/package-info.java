/** What assessments holds about a person (attempts and answers), for export and erasure. */
package dk.tegn.assessments.privacy;
