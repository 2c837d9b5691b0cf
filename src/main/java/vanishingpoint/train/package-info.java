/** The deep-net training engine: an MLP with per-layer gradient diagnostics; the only package that imports EJML. */
package vanishingpoint.train;
