/** The one layout: language, navigation built from module contributions, page messages. */
package dk.tegn.web.layout;
