"""Suite-wide set-up: no screen, a cheap KDF, and no real keyring -- before anything loads."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRIAD_INSECURE_TEST_KDF"] = "1"
# Subprocesses (triad-cli) must never reach a real keyring on a developer's machine.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
for var in ("TRIAD_PASSPHRASE", "TRIAD_NEW_PASSPHRASE", "TRIAD_RECOVERY_CODE"):
    os.environ.pop(var, None)
