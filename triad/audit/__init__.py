"""The consent audit: rules over a case's record, findings with a lifecycle, the audit trail."""

from .context import AuditSettings
from .engine import AuditService, Finding
from .rules import RULES, Rule

__all__ = ["RULES", "AuditService", "AuditSettings", "Finding", "Rule"]
