/** Demo organisations and accounts on the embedded default. */
package dk.tegn.web.demo;
