/** Training challenges: their specs read from {@code lessons/}, and how a run is judged and scored. */
package vanishingpoint.challenge;
