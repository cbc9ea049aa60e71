"""The golden corpus: realistic interviewers, the notes people jot about them, and the plan.

Each case is one interviewer as the job seeker met them: their profile, what the user wrote
down after the interview (as people really type it), articles saved for them, and, where the
follow-up plan knows it, the interview's context. Every case is drafted in every kind and tone.
"""

from datetime import date

from tests.core.people import ME, PRIYA

SAM = ME
# A member of a data group who studied at Michigan, for contacts who only follow those.
BEA = {
    **ME,
    "full_name": "Bea Ortiz",
    "interests": ["Women in Data", "hiking"],
}
# Shares MIT and Google (2016–17) with a contact, and a school with several others.
ALEX = {
    "full_name": "Alex Morgan",
    "account_type": "free",
    "location": "Philadelphia, Pennsylvania, United States",
    "schools": [
        {"school": "Massachusetts Institute of Technology", "start": "2008", "end": "2012"},
        {"school": "The Wharton School", "start": "2018", "end": "2020"},
    ],
    "employers": [
        {"company": "Google", "start": "2014-07", "end": "2017-12"},
        {"company": "Tata Consultancy Services", "start": "2012-06", "end": "2014-06"},
    ],
    "interests": ["rowing", "sourdough", "football"],
}


def person(
    name,
    company,
    *,
    first=None,
    title="Engineering Manager",
    positions=(),
    schools=(),
    location=None,
    channel="",
    about=None,
    interests=(),
    followed=(),
):
    """A contact as the store hands it to drafting; `followed` is (type, name) pairs."""
    contact = {
        "id": 1,
        "full_name": name,
        "first_name": first,
        "current_title": title,
        "current_company": company,
        "location": location,
        "about": about,
        "preferred_channel": channel,
        "positions": [
            {"title": title, "company": company, "start": "2021-01", "end": None},
            *positions,
        ],
        "education": list(schools),
        "skills": [],
        "interests": [*interests, *(name for _, name in followed)],
    }
    if followed:
        # The capture keeps what they follow by type; `interests` keeps just the names.
        contact["capture"] = {"followed": [{"type": t, "name": n} for t, n in followed]}
    return contact


def job(company, start, end):
    return {"title": "Engineer", "company": company, "start": start, "end": end}


def school(name, start, end):
    return {"school": name, "start": start, "end": end}


def context(company, role, timeframe="", status="interviewing", touches=(), stage="onsite"):
    """What `interview_context(...)` answers for the interview a draft follows."""
    on = date(2026, 12, 1)
    return {
        "opportunity": {"id": 1, "company": company, "role": role, "status": status},
        "interview": {
            "id": 1,
            "on": on,
            "stage": stage,
            "timeframe": timeframe,
            "decide_by": None,
            "follow_up_on": date(2026, 12, 11),
        },
        "touches": [{"kind": k, "channel": "email", "sent_on": on} for k in touches],
    }


def note(text):
    return {"kind": "interview", "text": text}


def custom(text):
    return {"kind": "custom", "text": text}


def article(text, url):
    return {"kind": "article", "text": text, "url": url}


CASES = {
    "01-dana-golf-article": dict(
        me=SAM,
        contact=person("Dana Whitfield", "Northwind Analytics"),
        points=[
            note("Loves golf - plays most Saturday mornings"),
            article(
                "The Quiet Revolution in Golf Course Design", "https://example.com/golf-design"
            ),
        ],
        context=context("Northwind Analytics", "Senior Data Analyst", "about a week"),
    ),
    "02-kwame-mit-google": dict(
        me=ALEX,
        contact=person(
            "Kwame Mensah",
            "Stripe",
            positions=[job("Google", "2016-01", "2019-03")],
            schools=[school("MIT", "2009", "2013")],
        ),
        points=[note("how the analytics team plans its roadmap")],
        context=context("Stripe", "Analytics Lead", "by Friday"),
    ),
    "03-priya-tcs": dict(
        me=ALEX,
        contact=person(
            "Priya Raman",
            "Infosys",
            positions=[job("Tata Consultancy Services", "2005-01", "2009-12")],
        ),
        points=[],
        context=None,
    ),
    "04-liam-liverpool": dict(
        me=ALEX,
        contact=person("Liam O'Connor", "Fabrikam"),
        points=[note("huge Liverpool fan!!")],
        context=context("Fabrikam", "Product Analyst", "two weeks"),
    ),
    "05-erin-schuylkill": dict(
        me=ALEX,
        contact=person("Erin Walsh", "Comcast", location="Philadelphia, Pennsylvania"),
        points=[
            note("rows on the Schuylkill w/ a masters crew"),
            article("Why masters rowing is booming", "https://example.com/masters-rowing"),
        ],
        context=context("Comcast", "Data Engineer", "end of the month"),
    ),
    "06-marcus-chicago-marathon": dict(
        me=SAM,
        contact=person("Marcus O'Neill", "Fabrikam", title="Talent Acquisition Partner"),
        points=[note("training for Chicago marathon (Oct)")],
        context=context("Fabrikam", "Data Analyst", "early next week"),
    ),
    "07-hana-k8s": dict(
        me=SAM,
        contact=person("Hana Kobayashi", "Contoso Cloud"),
        points=[
            note("team moving everything to k8s next qtr"),
            article(
                "Lessons from a year of running Kubernetes in production",
                "https://example.com/k8s-lessons",
            ),
        ],
        context=context("Contoso Cloud", "Platform Engineer", "Dec 12"),
    ),
    "08-olu-dbt": dict(
        me=SAM,
        contact=person("Oluwaseun Adeyemi", "Litware"),
        points=[note("asked about my dbt experience")],
        context=context("Litware", "Analytics Engineer", "within 10 days"),
    ),
    "09-maya-sourdough": dict(
        me=ALEX,
        contact=person("Maya Lindqvist", "Tailspin Toys"),
        points=[note("She bakes sourdough - we swapped starter tips")],
        context=context("Tailspin Toys", "Product Manager", "about a week"),
    ),
    "10-sofia-roadmap-mail": dict(
        me=SAM,
        contact=person("Sofía García", "Tailspin Toys", title="Head of Product", channel="mail"),
        points=[note("how the analytics team plans its roadmap")],
        context=context("Tailspin Toys", "Product Analyst", "by Friday"),
    ),
    "11-wang-fang-nothing-shared": dict(
        me=SAM,
        contact=person("王芳", "Alibaba Cloud", first="芳"),
        points=[],
        context=context("Alibaba Cloud", "Data Scientist", "two weeks"),
    ),
    "12-dmitry-cyrillic-kafka": dict(
        me=SAM,
        contact=person("Дмитрий Иванов", "Yandex", first="Дмитрий"),
        points=[
            note("the Kafka migration"),
            article("The Rise of the Data Mesh", "https://example.com/data-mesh"),
        ],
        context=context("Yandex", "Data Engineer", "a week or so"),
    ),
    "13-minjun-korean-unrelated-article": dict(
        me=SAM,
        contact=person("김민준", "Naver", first="민준"),
        points=[
            note("scaling the search ranking team"),
            article("The Best Hiking Trails in Oregon", "https://example.com/hiking"),
        ],
        context=None,
    ),
    "14-ngozi-two-notes": dict(
        me=SAM,
        contact=person("Ngozi Okafor", "Flutterwave"),
        points=[note("payments reliability work in Lagos"), note("has two dogs, both rescues")],
        context=context("Flutterwave", "Reliability Engineer", "next week"),
    ),
    "15-siobhan-rejected": dict(
        me=ALEX,
        contact=person(
            "Siobhán Ó Briain",
            "Fabrikam",
            schools=[school("Wharton School of the University of Pennsylvania", "2017", "2019")],
        ),
        points=[note("building the pricing team from scratch")],
        context=context(
            "Fabrikam",
            "Pricing Analyst",
            "about a week",
            status="rejected",
            touches=("thank_you", "follow_up"),
        ),
    ),
    "16-ana-contoso-years": dict(
        me={"employers": [{"company": "Contoso Ltd.", "start": "2018-01", "end": "2018-12"}]},
        contact=person(
            "Ana Ruiz", "Adventure Works", positions=[job("Contoso", "2015-03", "2021-06")]
        ),
        points=[],
        context=None,
    ),
    "17-jonas-michigan-alumni": dict(
        me=SAM,
        contact=person(
            "Jonas Becker", "SAP", schools=[school("University of Michigan", "2020", "2022")]
        ),
        points=[],
        context=context("SAP", "Data Analyst", ""),
    ),
    "18-amara-question-how": dict(
        me=SAM,
        contact=person("Amara Nwosu", "Woodgrove Bank"),
        points=[note("asked me how I handle stakeholder pushback")],
        context=context("Woodgrove Bank", "Risk Analyst", "by end of Oct"),
    ),
    "19-tom-told-about-me": dict(
        me=SAM,
        contact=person("Tom Becker", "Proseware"),
        points=[note("I told him about my time at Stripe")],
        context=None,
    ),
    "20-lucia-my-background": dict(
        me=SAM,
        contact=person("Lucía Fernández", "Wide World Importers"),
        points=[note("my background in retail analytics")],
        context=context("Wide World Importers", "Merchandising Analyst", "3-5 business days"),
    ),
    "21-raj-grew-up": dict(
        me=SAM,
        contact=person("Raj Patel", "Fourth Coffee", location="Seattle, Washington"),
        points=[note("we both grew up in Ohio")],
        context=None,
    ),
    "22-elena-hiring": dict(
        today=date(2026, 12, 2),
        me=SAM,
        contact=person("Elena Rossi", "Lucerne Publishing"),
        points=[note("They're hiring 2 more engineers in spring")],
        context=context("Lucerne Publishing", "Analytics Engineer", "in a couple of weeks"),
    ),
    "23-george-greek-lisbon": dict(
        me=SAM,
        contact=person("Γιώργος Παπαδόπουλος", "Blue Yonder", first="Γιώργος"),
        points=[note("just got back from Lisbon")],
        context=None,
    ),
    "24-fatima-arabic-ml": dict(
        me=SAM,
        contact=person("فاطمة الزهراء", "Careem", first="فاطمة"),
        points=[
            note("ML platform & feature store"),
            article("Feature stores explained", "https://example.com/feature-stores"),
        ],
        context=context("Careem", "ML Engineer", "about two weeks"),
    ),
    "25-ben-avid-golfer-sam-golf": dict(
        me=SAM,
        contact=person(
            "Ben Carter", "Northwind Traders", about="Avid golfer and dad.", interests=["Golf"]
        ),
        points=[
            note("avid golfer"),
            article(
                "The Quiet Revolution in Golf Course Design", "https://example.com/golf-design"
            ),
        ],
        context=context("Northwind Traders", "Supply Chain Analyst", "Friday"),
    ),
    "26-chloe-check-in-second-article": dict(
        me=SAM,
        contact=person("Chloé Martin", "Datadog"),
        points=[
            note("their move to a data mesh"),
            article("The Rise of the Data Mesh", "https://example.com/data-mesh"),
            article("Data contracts in practice", "https://example.com/data-contracts"),
        ],
        context=context(
            "Datadog", "Data Engineer", "about a week", touches=("thank_you", "follow_up")
        ),
    ),
    "27-nguyen-lan-vietnamese": dict(
        me=SAM,
        contact=person("Nguyễn Thị Lan", "VNG", first="Lan"),
        points=[note("is a huge Arsenal fan")],
        context=None,
    ),
    "28-kenji-japan-trip": dict(
        me=SAM,
        contact=person("佐藤 健二", "Rakuten", first="健二"),
        points=[note("Going to Japan in April!"), note("data quality dashboards")],
        context=context("Rakuten", "BI Developer", "end of month"),
    ),
    "29-zoe-quote-fallback": dict(
        me=SAM,
        contact=person("Zoë Ñúñez", "Trey Research"),
        points=[note("Q3 launch = big deal?? ask re: budget")],
        context=None,
    ),
    "30-ike-big-on-testing": dict(
        today=date(2026, 12, 9),
        me=SAM,
        contact=person("Ike Johnson", "Humongous Insurance"),
        points=[note("big on testing; Q3 launch")],
        context=context("Humongous Insurance", "QA Lead", "by EOW"),
    ),
    "31-grace-her-kids": dict(
        me=SAM,
        contact=person("Grace Liu", "Coho Winery"),
        points=[note("Her kids play soccer"), note("the new data warehouse")],
        context=None,
    ),
    "32-omar-custom-note": dict(
        me=SAM,
        contact=person("Omar Haddad", "Margie's Travel"),
        points=[custom("Congratulations on the new office in Amman")],
        context=context("Margie's Travel", "Operations Analyst", "about a week"),
    ),
    "33-ingrid-mail-shared": dict(
        me=ALEX,
        contact=person(
            "Ingrid Halvorsen",
            "Equinor",
            channel="mail",
            positions=[job("Google", "2015-01", "2016-12")],
        ),
        points=[note("offshore wind forecasting models")],
        context=context("Equinor", "Forecasting Analyst", "two weeks"),
    ),
    "34-pat-no-context-article-only": dict(
        me=SAM,
        contact=person("Pat Kim", "Relecloud"),
        points=[article("How to run a great design review", "https://example.com/reviews")],
        context=None,
    ),
    "35-helen-dated-timeframe": dict(
        today=date(2026, 12, 4),
        me=SAM,
        contact=person("Helen Zhou", "Graphic Design Institute"),
        points=[note("rebuilding the onboarding flow")],
        context=context("Graphic Design Institute", "UX Researcher", "Dec 12"),
    ),
    "36-mateo-withdrawn": dict(
        me=SAM,
        contact=person("Mateo Silva", "Alpine Ski House"),
        points=[note("skis every weekend in Tahoe")],
        context=context("Alpine Ski House", "Marketing Analyst", "", status="withdrawn"),
    ),
    "37-aisha-interest-shared": dict(
        me=SAM,
        contact=person(
            "Aisha Bello",
            "Southridge Video",
            about="Marathoner and reader.",
            interests=["Marathons"],
        ),
        points=[note("Dana's team is rebuilding onboarding")],
        context=None,
    ),
    "38-ravi-second-check-in": dict(
        me=SAM,
        contact=person("Ravi Shankar", "Bellows College"),
        points=[
            note("enrollment forecasting"),
            article("Forecasting enrollment with small data", "https://example.com/enrollment"),
            article("A practical guide to cohort analysis", "https://example.com/cohorts"),
        ],
        context=context(
            "Bellows College",
            "Institutional Research Analyst",
            "about a week",
            touches=("thank_you", "follow_up", "check_in"),
        ),
    ),
    "39-sarah-long-names": dict(
        me=SAM,
        contact=person("Sarah-Jane Montgomery-Fitzgerald", "The Phone Company of America"),
        points=[
            note(
                "migrating the customer data platform off legacy Oracle databases before "
                "the end of the fiscal year"
            )
        ],
        context=context(
            "The Phone Company of America", "Senior Customer Data Platform Analyst", "about a week"
        ),
    ),
    "40-wei-mit-google-interest": dict(
        me=ALEX,
        contact=person(
            "Wei Chen",
            "Databricks",
            positions=[job("Google", "2016-06", "2018-01")],
            schools=[school("MIT", "2010", "2014")],
            about="Rower and amateur baker.",
        ),
        points=[note("Loves golf - plays most Saturday mornings")],
        context=context("Databricks", "Solutions Architect", "about a week"),
    ),
    "41-emma-empty-everything": dict(
        me={}, contact=person("Emma Stone", None), points=[], context=None
    ),
    "43-priya-data-platform": dict(
        me=SAM,
        contact=PRIYA,
        points=[
            note("scaling the data platform team"),
            article("The Rise of the Data Mesh", "https://example.com/data-mesh"),
        ],
        context=None,
    ),
    "42-yusuf-shorthand-heavy": dict(
        me=SAM,
        contact=person("Yusuf Demir", "Trey Research"),
        points=[
            note("eng mgr, wants ppl who can own analytics e2e b/c team is small"),
            note("coaches his daughter's robotics team"),
        ],
        context=context("Trey Research", "Analytics Engineer", "about a week"),
    ),
    "44-nadia-follows-michigan": dict(
        me=SAM,
        contact=person(
            "Nadia Haddad",
            "Northwind Analytics",
            title="Data Lead",
            schools=[school("Northeastern University", "2008", "2012")],
            followed=[("school", "University of Michigan"), ("company", "Northwind Analytics")],
        ),
        points=[note("how the analytics team plans its roadmap")],
        context=context("Northwind Analytics", "Senior Data Analyst", "about a week"),
    ),
    "45-tomas-follows-women-in-data": dict(
        me=BEA,
        contact=person(
            "Tomás Ruiz",
            "Litware",
            title="Head of Analytics",
            followed=[("group", "Women in Data"), ("person", "Satya Nadella")],
        ),
        points=[],
        context=context("Litware", "Analytics Engineer", "two weeks", stage="phone"),
    ),
    "46-claire-follows-contoso-and-golf-group": dict(
        me=SAM,
        contact=person(
            "Claire Dubois",
            "Adatum",
            followed=[("company", "Contoso"), ("group", "Golf Lovers Seattle")],
        ),
        points=[
            note("asked about my dbt experience"),
            article("Five golf courses worth the drive", "https://example.com/golf-courses"),
        ],
        context=context("Adatum", "Analytics Engineer", "by Friday"),
    ),
    "47-ken-studied-and-follows-michigan": dict(
        me=SAM,
        contact=person(
            "Ken Ito",
            "Fabrikam",
            schools=[school("University of Michigan", "2011", "2015")],
            followed=[("school", "University of Michigan"), ("group", "Women in Data")],
        ),
        points=[note("team is moving everything to Kubernetes")],
        context=context("Fabrikam", "Data Engineer", "about a week"),
    ),
}
