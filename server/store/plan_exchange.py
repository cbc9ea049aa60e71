"""The follow-up plan out to its CSV files and back in, after the contacts it refers to.

An import matches what is already there (an opportunity by company, role and creation
time; an interview by opportunity, day, time and stage; a touch by everything it says), so
importing the same backup twice adds nothing the second time, and never overwrites.
"""

from server.core.exchange.plan_csv import (
    INTERVIEWS,
    OPPORTUNITIES,
    TOUCHES,
    contact_key,
    plan_csv,
    profile_url_of,
)
from server.core.exchange.segue_zip import Backup
from server.core.text import fold

from .db import write_transaction
from .exchange import import_contacts
from .models import Contact, Interview, InterviewInterviewer, Opportunity, Touch

CONTACT_IDENTITY = (
    Contact.id,
    Contact.linkedin_url,
    Contact.email,
    Contact.full_name,
    Contact.current_company,
)


def plan_files() -> dict[str, bytes]:
    """The plan's three CSV files, by name."""
    involved = InterviewInterviewer.select(InterviewInterviewer.contact) | Touch.select(
        Touch.contact
    )
    keys = {
        contact_id: contact_key(url, email or "", name or "", company or "")
        for contact_id, url, email, name, company in Contact.select(*CONTACT_IDENTITY)
        .where(Contact.id.in_(involved))
        .tuples()
    }
    interviewers = {}
    links = InterviewInterviewer.select(
        InterviewInterviewer.interview, InterviewInterviewer.contact
    ).order_by(InterviewInterviewer.interview, InterviewInterviewer.ordinal)
    for interview_id, contact_id in links.tuples():
        interviewers.setdefault(interview_id, []).append(keys[contact_id])
    opportunities = [
        {**row, "key": f"O{row['id']}"}
        for row in Opportunity.select().order_by(Opportunity.id).dicts()
    ]
    interviews = [
        {
            **row,
            "key": f"I{row['id']}",
            "opportunity": f"O{row['opportunity']}",
            "interviewers": interviewers.get(row["id"], []),
        }
        for row in Interview.select().order_by(Interview.id).dicts()
    ]
    touches = [
        {
            **row,
            "contact": keys[row["contact"]],
            "interview": f"I{row['interview']}" if row["interview"] else "",
            "opportunity": f"O{row['opportunity']}" if row["opportunity"] else "",
        }
        for row in Touch.select().order_by(Touch.id).dicts()
    ]
    return {
        OPPORTUNITIES: plan_csv(OPPORTUNITIES, opportunities),
        INTERVIEWS: plan_csv(INTERVIEWS, interviews),
        TOUCHES: plan_csv(TOUCHES, touches),
    }


def import_backup(backup: Backup, *, dry_run: bool = False) -> dict:
    """Import a backup's contacts, then its plan, in one transaction; report on both.

    The contacts' report, with `plan`: what was created and skipped of each plan file, and
    the errors by file and line. A dry run reports the same and writes nothing.
    """
    with write_transaction() as transaction:
        report = import_contacts(backup.contacts)
        report["format"] = "segue-zip"
        report["plan"] = _PlanImport().run(backup.plan, report["errors"])
        if dry_run:
            transaction.rollback()
    return report


class _PlanImport:
    def __init__(self):
        self.by_url, self.by_email, self.by_name = {}, {}, {}
        for contact_id, url, email, name, company in Contact.select(*CONTACT_IDENTITY).tuples():
            if url:
                self.by_url.setdefault(url, contact_id)
            if email:
                self.by_email.setdefault(email.casefold(), contact_id)
            key = contact_key(None, "", name or "", company or "")
            self.by_name.setdefault(fold(key), contact_id)
        columns = (Opportunity.id, Opportunity.company, Opportunity.role, Opportunity.created_at)
        self.known = {
            # The files keep whole seconds.
            (fold(company), fold(role), created_at.replace(microsecond=0)): opportunity_id
            for opportunity_id, company, role, created_at in Opportunity.select(*columns).tuples()
        }
        self.opportunities: dict[str, int] = {}
        # What the row being read has to say about itself; reported with its line.
        self.notes: list[str] = []
        self.interviews: dict[str, tuple[int, int]] = {}

    def contact(self, key: str) -> int | None:
        url = profile_url_of(key)
        if url:
            return self.by_url.get(url)
        if key.startswith("email:"):
            return self.by_email.get(key[len("email:") :].casefold())
        return self.by_name.get(fold(key))

    def run(self, files: dict, errors: list) -> dict:
        counts = {
            name: {"created": 0, "skipped": 0} for name in (OPPORTUNITIES, INTERVIEWS, TOUCHES)
        }
        for name, add in (
            (OPPORTUNITIES, self.opportunity),
            (INTERVIEWS, self.interview),
            (TOUCHES, self.touch),
        ):
            for row in files.get(name, []):
                if row.error:
                    errors.append({"line": row.line, "message": row.error})
                    continue
                self.notes = []
                created = add(row.values)
                for note in self.notes:
                    errors.append({"line": row.line, "message": f"{name}: {note}"})
                if created is not None:
                    counts[name]["created" if created else "skipped"] += 1
        return {name.removesuffix(".csv"): figures for name, figures in counts.items()}

    def opportunity(self, row: dict) -> bool:
        identity = (fold(row["company"]), fold(row["role"]), row["created_at"])
        if identity in self.known:
            self.opportunities[row["key"]] = self.known[identity]
            return False
        fields = {k: v for k, v in row.items() if k != "key" and v is not None}
        self.opportunities[row["key"]] = self.known[identity] = Opportunity.create(**fields).id
        return True

    def refuse(self, note: str) -> None:
        """Report why a row was not imported (the caller answers None)."""
        self.notes.append(note)

    def interview(self, row: dict) -> bool | None:
        """Add the interview a row describes: True, False when it is there, None when refused."""
        opportunity_id = self.opportunities.get(row["opportunity"])
        if opportunity_id is None:
            return self.refuse(f"Opportunity: no {row['opportunity']} in opportunities.csv.")
        people = [self.contact(key) for key in row["interviewers"]]
        missing = [
            key for key, person in zip(row["interviewers"], people, strict=True) if not person
        ]
        existing = Interview.get_or_none(
            (Interview.opportunity == opportunity_id)
            & (Interview.on == row["on"])
            & (Interview.at.is_null() if row["at"] is None else Interview.at == row["at"])
            & (Interview.stage == row["stage"])
        )
        if existing is not None:
            self.interviews[row["key"]] = (existing.id, opportunity_id)
            return False
        fields = {
            k: v
            for k, v in row.items()
            if k not in ("key", "opportunity", "interviewers") and v is not None
        }
        interview = Interview.create(opportunity=opportunity_id, **fields)
        self.interviews[row["key"]] = (interview.id, opportunity_id)
        wanted = list(dict.fromkeys(person for person in people if person))
        if wanted:
            InterviewInterviewer.insert_many(
                [
                    {"interview": interview.id, "contact": person, "ordinal": ordinal}
                    for ordinal, person in enumerate(wanted)
                ]
            ).execute()
        if missing:
            self.notes.append(f"Interviewers: no contact {', '.join(missing)}; imported without.")
        return True

    def touch(self, row: dict) -> bool | None:
        contact_id = self.contact(row["contact"])
        if contact_id is None:
            return self.refuse(f"Contact: no contact {row['contact']} in contacts.csv.")
        interview_id, opportunity_id = self.interviews.get(row["interview"], (None, None))
        if row["interview"] and interview_id is None:
            return self.refuse(f"Interview: no {row['interview']} in interviews.csv.")
        if opportunity_id is None and row["opportunity"]:
            opportunity_id = self.opportunities.get(row["opportunity"])
            if opportunity_id is None:
                return self.refuse(f"Opportunity: no {row['opportunity']} in opportunities.csv.")
        values = {
            "contact": contact_id,
            "kind": row["kind"],
            "channel": row["channel"],
            "sent_on": row["sent_on"],
            "interview": interview_id,
            "opportunity": opportunity_id,
        }
        same = Touch.select().where(
            *(
                getattr(Touch, field).is_null() if value is None else getattr(Touch, field) == value
                for field, value in values.items()
            )
        )
        if same.exists():
            return False
        extra = {"text": row["text"]}
        if row["created_at"]:
            extra["created_at"] = row["created_at"]
        Touch.create(**values, **extra)
        return True
