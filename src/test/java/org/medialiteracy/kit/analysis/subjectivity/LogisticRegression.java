package org.medialiteracy.kit.analysis.subjectivity;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/** L2-regularised logistic regression (liblinear {@code L2R_LR}) with a bias term, for the model trainers. */
final class LogisticRegression {

    static {
        Linear.disableDebugOutput();
    }

    private LogisticRegression() {
    }

    /** Weights and bias oriented so that a positive score means the positive class. */
    record Fit(double[] weights, double bias) {
    }

    static Fit fit(double[][] features, boolean[] positive, double c) {
        Problem problem = new Problem();
        problem.l = features.length;
        problem.bias = 1;
        problem.x = new Feature[features.length][];
        problem.y = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            double[] row = features[i];
            problem.x[i] = new Feature[row.length + 1];
            for (int f = 0; f < row.length; f++) {
                problem.x[i][f] = new FeatureNode(f + 1, row[f]);
            }
            problem.x[i][row.length] = new FeatureNode(row.length + 1, problem.bias);
            problem.y[i] = positive[i] ? 1 : 0;
        }
        problem.n = problem.x[0].length;
        Model trained = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 1e-4));
        double[] raw = trained.getFeatureWeights();
        // liblinear's weights favour its first label; flip them so positive means the positive class.
        double sign = trained.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[raw.length - 1];
        for (int f = 0; f < weights.length; f++) {
            weights[f] = sign * raw[f];
        }
        return new Fit(weights, sign * raw[raw.length - 1]);
    }
}
