import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random password: checking against it for unknown e-mail addresses makes a
// sign-in for an account that does not exist take as long as one that does.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hash(crypto.randomUUID());
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

let estimator: Promise<ZxcvbnFactory> | undefined;

// zxcvbn's lists of common passwords and of Dutch and English words, names and keyboard
// patterns, loaded on first use: they are large and only the server needs them.
async function strengthEstimator(): Promise<ZxcvbnFactory> {
  const [common, dutch, english] = await Promise.all([
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-nl-be"),
    import("@zxcvbn-ts/language-en"),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...dutch.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    // Bounds the work one check can cost the server: with the defaults a crafted 128-character
    // password took seconds. A guessable start is still found, and so are a few l33t swaps.
    maxLength: 64,
    l33tMaxSubstitutions: 4,
  });
}

/**
 * True for a password that is easy to guess: one of the most used, a common word or name with
 * digits added ("welkom123456"), a keyboard pattern, or the person's own e-mail address.
 * zxcvbn's score 3 ("safely unguessable") is the least it accepts.
 */
export async function isGuessablePassword(password: string, email?: string): Promise<boolean> {
  if (email !== undefined && password.toLowerCase() === email.toLowerCase()) return true;
  estimator ??= strengthEstimator();
  const { score } = await (await estimator).check(password, email ? [email, email.split("@")[0]!] : []);
  return score < 3;
}
