"""How hard a new passphrase is to guess, by zxcvbn (Dropbox's estimator, the one KeePassXC's
meter is built on): a score from 0 (guessed at once) to 4, and its feedback in words.

New passphrases need ``MIN_SCORE`` (3). zxcvbn's score 3 means more than 10^8 guesses
("safely unguessable: moderate protection from an offline slow-hash attack"). Every guess at a
Triad key slot costs a full Argon2 derivation (about a second here), so 10^8 guesses are years of
one machine's work, while score 2 (10^6 to 10^8) is days to weeks on a few machines -- too little
for clinical records that may leave the office on a stolen laptop. Score 4 would refuse many
sound four-word phrases on this estimator's pattern matching; KeePassXC shows the same band as
"Good". The rule holds for every new passphrase: vault creation (the demo's too), a new member,
a passphrase change and recovery -- in the app and in ``triad-cli``.

Only the score and zxcvbn's generic sentences leave this module, never the passphrase."""

from __future__ import annotations

from dataclasses import dataclass

MIN_SCORE = 3


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    warning: str  # zxcvbn's warning sentence, or ""
    suggestions: tuple[str, ...]

    @property
    def enough(self) -> bool:
        return self.score >= MIN_SCORE

    def feedback(self) -> str:
        """zxcvbn's warning and suggestions as one line ("" when it has none)."""
        return " ".join(s.strip() for s in (self.warning, *self.suggestions) if s.strip())


def rate(passphrase: str) -> Strength:
    """The strength of ``passphrase`` (zxcvbn looks at the first 100 characters only, so a
    very long paste stays fast)."""
    if not passphrase:
        return Strength(0, "", ())
    from zxcvbn import zxcvbn  # ~50 ms on first use: only when a passphrase is rated

    result = zxcvbn(passphrase[:100])
    feedback = result.get("feedback") or {}
    return Strength(int(result["score"]), str(feedback.get("warning") or ""),
                    tuple(str(s) for s in feedback.get("suggestions") or ()))
