/**
 * Storage limitation: closed referrals that did not lead to an assessment as victim lose every
 * identifying and narrative field (and officers' comments) after a configurable period, default 12
 * months. The plain statistics facts stay, so the yearly counts do not change.
 */
package dk.tegn.intake.retention;
