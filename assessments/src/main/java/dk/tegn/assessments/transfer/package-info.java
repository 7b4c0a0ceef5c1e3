/**
 * Import and export of question banks and quizzes as "tegn-bank/1" JSON files (see
 * assessments/FORMAT.md).
 */
package dk.tegn.assessments.transfer;
