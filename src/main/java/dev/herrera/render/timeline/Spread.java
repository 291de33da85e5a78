package dev.herrera.render.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Spreads marks along a row so that none overlaps: marks closer than {@code gap} form a cluster,
 * which is spaced out {@code gap} apart around the middle of where its marks belong, so each moves
 * as little as possible; clusters that then touch merge. The result stays within {@code [min, max]}
 * where there is room. Each renderer calls it with its own resolution (one column, a marker's width
 * in pixels).
 */
public final class Spread {
    private Spread() {
    }

    /** The new positions of {@code positions}, which must be in ascending order. */
    public static double[] apart(double[] positions, double gap, double min, double max) {
        int n = positions.length;
        for (int i = 1; i < n; i++) {
            if (positions[i] < positions[i - 1]) {
                throw new IllegalArgumentException("positions must be in ascending order");
            }
        }
        final class Cluster {
            int first;
            int count;
            double sum;

            double start() {
                double s = sum / count - gap * (count - 1) / 2;
                return Math.max(min, Math.min(s, max - gap * (count - 1)));
            }

            double end() {
                return start() + gap * (count - 1);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Cluster c = new Cluster();
            c.first = i;
            c.count = 1;
            c.sum = positions[i];
            clusters.add(c);
            // Merge with the cluster before while the two overlap.
            while (clusters.size() > 1) {
                Cluster last = clusters.get(clusters.size() - 1);
                Cluster prev = clusters.get(clusters.size() - 2);
                if (last.start() - prev.end() >= gap) {
                    break;
                }
                prev.count += last.count;
                prev.sum += last.sum;
                clusters.remove(clusters.size() - 1);
            }
        }
        double[] p = new double[n];
        for (Cluster c : clusters) {
            for (int k = 0; k < c.count; k++) {
                p[c.first + k] = c.start() + gap * k;
            }
        }
        return p;
    }
}
