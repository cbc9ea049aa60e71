"""GET /api/timeframe reads the interviewer's words as the plan will, and stores nothing."""


def test_about_a_week_after_tuesday_1_december(client):
    response = client.get(
        "/api/timeframe", query_string={"words": "about a week", "on": "2026-12-01"}
    )
    assert response.status_code == 200
    assert response.json == {"decide_by": "2026-12-08", "follow_up_on": "2026-12-11"}


def test_no_words_follow_up_ten_days_after(client):
    response = client.get("/api/timeframe", query_string={"on": "2026-12-01"})
    assert response.json == {"decide_by": None, "follow_up_on": "2026-12-11"}


def test_a_bad_day_is_422_naming_the_field(client):
    response = client.get("/api/timeframe", query_string={"words": "soon", "on": "Tuesday"})
    assert response.status_code == 422
    assert "on" in response.json["errors"]["query"]
