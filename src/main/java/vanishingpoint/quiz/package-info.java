/** Questions: their records, the {@code .quiz} reader, and grading. */
package vanishingpoint.quiz;
