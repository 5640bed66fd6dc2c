// MT19937 seeded exactly as R's set.seed() with the default "Mersenne-Twister" kind (METHODOLOGY §4.3), so a seed
// gives the same uniforms as R's runif. R scrambles the seed with the LCG s ← 69069·s + 1 (mod 2^32).

const N = 624;
const M = 397;
/** 2^-32, R's MT output scale. */
const SCALE = 2.3283064365386963e-10;
/** Half of R's i2_32m1 = 1/(2^32 − 1): where R moves a 0 or 1 inside (0, 1). */
const HALF_I2_32M1 = 2.328306437080797e-10 / 2;

/**
 * R-compatible uniform generator.
 *
 * @example const rng = new MersenneTwister(1); rng.next() // 0.2655086631421
 */
export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private mti = N;

  constructor(seed: number) {
    let s = seed >>> 0;
    for (let j = 0; j < 50; j++) s = (Math.imul(69069, s) + 1) >>> 0;
    // R stores 625 values (position + state) and then overwrites the position with 624.
    s = (Math.imul(69069, s) + 1) >>> 0;
    for (let j = 0; j < N; j++) {
      s = (Math.imul(69069, s) + 1) >>> 0;
      this.mt[j] = s;
    }
  }

  /** Regenerates the block of 624 words. */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    this.mti = 0;
  }

  /**
   * The next uniform in (0, 1), as R's unif_rand().
   *
   * @example new MersenneTwister(42).next() // 0.9148060434963554
   */
  next(): number {
    if (this.mti >= N) this.twist();
    let y = this.mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    const u = (y >>> 0) * SCALE;
    if (u <= 0) return HALF_I2_32M1;
    if (1 - u <= 0) return 1 - HALF_I2_32M1;
    return u;
  }
}
