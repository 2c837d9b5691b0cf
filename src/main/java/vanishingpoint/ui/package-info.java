/** One renderer per screen, small drawing parts, the colour and glyph style, and the key map. */
package vanishingpoint.ui;
