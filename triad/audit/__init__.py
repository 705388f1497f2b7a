"""The consent audit: rules over a case's record, findings with a lifecycle, the audit trail."""

from triad.audit.context import AuditSettings
from triad.audit.engine import AuditService, Finding
from triad.audit.rules import RULES, Rule

__all__ = ["RULES", "AuditService", "AuditSettings", "Finding", "Rule"]
