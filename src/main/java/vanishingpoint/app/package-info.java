/** The command line, the wiring, and the event loop: key, message, update, effects carried out, render. */
package vanishingpoint.app;
