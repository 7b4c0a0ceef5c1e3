/** Images and attachments stored in the database and served with safe headers. */
package dk.tegn.courses.upload;
