/** The command line, the wiring, and the event loop: key, update, render, save. */
package vanishingpoint.app;
