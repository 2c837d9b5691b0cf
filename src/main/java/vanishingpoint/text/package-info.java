/** Text as content writes it: inline markup ({@code {{unicode|ascii}}}, emphasis) and its ASCII fallback. */
package vanishingpoint.text;
