"""The lab's --bench in numpy float64: the same full-batch SGD step (forward, softmax
cross-entropy, backward, update) on the same three networks, printing the same table.
Run with one BLAS thread: OPENBLAS_NUM_THREADS=1 python3 src/test/python/numpy_bench.py"""
import time
import numpy as np

CASES = [("A", 20, 32, 256, "tanh"), ("B", 10, 16, 128, "relu"), ("C", 30, 64, 256, "relu")]


def make(depth, width, k, rng):
    sizes = [2] + [width] * depth + [k]
    return [(rng.standard_normal((o, i)) * np.sqrt(2.0 / i), np.zeros((o, 1)))
            for i, o in zip(sizes[:-1], sizes[1:])]


def step(layers, x, y, act, lr):
    a, acts, ders = x, [x], []
    for w, b in layers[:-1]:
        z = w @ a + b
        if act == "tanh":
            a = np.tanh(z); ders.append(1 - a * a)
        else:
            a = np.maximum(z, 0); ders.append((z > 0).astype(np.float64))
        acts.append(a)
    w, b = layers[-1]
    logits = w @ a + b
    m = logits.max(axis=0, keepdims=True)
    e = np.exp(logits - m)
    s = e.sum(axis=0, keepdims=True)
    n = x.shape[1]
    loss = np.mean(np.log(s[0]) - (logits[y, np.arange(n)] - m[0]))
    g = e / s
    g[y, np.arange(n)] -= 1
    g /= n
    for l in range(len(layers) - 1, -1, -1):
        w, b = layers[l]
        dw = g @ acts[l].T
        db = g.sum(axis=1, keepdims=True)
        if l > 0:
            g = (w.T @ g) * ders[l - 1]
        w -= lr * dw
        b -= lr * db
    return loss


def main():
    rng = np.random.default_rng(1)
    print(f"{'case':<4} {'network':<22} {'ms/step':>10} {'steps/s':>10} {'GFLOP/s':>9}")
    for name, depth, width, batch, act in CASES:
        layers = make(depth, width, 2, rng)
        x = rng.standard_normal((2, batch))
        y = rng.integers(0, 2, batch)
        for _ in range(300):
            step(layers, x, y, act, 1e-4)
        t0 = time.perf_counter()
        steps = 500
        for _ in range(steps):
            step(layers, x, y, act, 1e-4)
        ms = (time.perf_counter() - t0) * 1000 / steps
        flops, fan_in = 0.0, 2
        for l in range(depth + 1):
            out = 2 if l == depth else width
            flops += 2.0 * fan_in * out * batch * (2 if l == 0 else 3)
            fan_in = out
        print(f"{name:<4} {f'{depth}x{width} {act} b{batch}':<22} {ms:10.3f} {1000 / ms:10.0f} {flops / (ms * 1e6):9.2f}")


if __name__ == "__main__":
    main()
