/** The game state as immutable records, the messages that change it, and the pure update function. */
package vanishingpoint.core;
