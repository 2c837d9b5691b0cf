/** The game state as immutable records, the messages that change it, the effects it asks for, and the pure update. */
package vanishingpoint.core;
