/**
 * The reference of {@code ops/load/ratio}: the least an answer save and a quiz-sized PrimeFaces
 * page cost on Tegn's stack (Payara Micro, Jersey, JSON-P/JSON-B, a pooled MySQL-driver data
 * source, Mojarra, PrimeFaces), with no sign-in, ownership, rules or persistence layer. Tegn's own
 * figures are measured against it in the same run, so the ratio holds whatever else the machine is
 * doing.
 */
package dk.tegn.load.reference;
