/** Tables for download, written the one way every module's exports share (CSV). */
package dk.tegn.core.export;
