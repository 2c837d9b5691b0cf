/** Spaced repetition: every question the player has met is a card scheduled with FSRS-6, a port of py-fsrs. */
package vanishingpoint.srs;
