"""Whole pages in non-Latin scripts and right-to-left layouts, every field at once (trimmed)."""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2025, 12, 7, 12, 0, tzinfo=dt.timezone.utc)
_VI_PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "Bộ Giáo dục và Đào tạo vừa công bố dự thảo quy chế tuyển sinh đại học năm 2026, "
        "trong đó giảm số phương thức xét tuyển sớm.",
        "Theo dự thảo, các trường chỉ được dành tối đa hai mươi phần trăm chỉ tiêu cho xét "
        "tuyển sớm, phần còn lại xét theo kết quả thi tốt nghiệp.",
        "Nhiều chuyên gia cho rằng quy định mới sẽ giúp thí sinh cạnh tranh công bằng hơn, "
        "nhưng một số trường tư lo ngại khó tuyển đủ chỉ tiêu.",
    )
)


def test_signoff_before_reader_comments_in_the_same_region() -> None:
    html = (
        '<html lang="vi"><body><nav><a href="/a">Thời sự</a><a href="/b">Thế giới</a></nav>'
        '<section class="page-detail"><span class="date">Thứ năm, 4/12/2025, 07:00 (GMT+7)'
        "</span><h1>Dự thảo tuyển sinh đại học 2026 giảm xét tuyển sớm</h1>"
        f'<article class="fck_detail">{_VI_PARAS}'
        '<p style="text-align:right;"><strong>Nguyễn Thu Hà</strong></p></article>'
        '<div class="box-comment"><h3>Ý kiến (2)</h3>'
        '<div class="comment_item"><p class="full_content"><span class="txt-name">'
        '<a href="#">Trần Minh</a></span> Quy định này hợp lý, nên áp dụng sớm.</p></div>'
        '<div class="comment_item"><p class="full_content"><span class="txt-name">'
        '<a href="#">Lan Anh</a></span> Học sinh lớp 12 lại phải thay đổi kế hoạch.</p></div>'
        "</div></section></body></html>"
    )
    article = newsmeta.extract(html, "https://example.com/a/1", now=NOW)
    assert [a.name for a in article.authors] == ["Nguyễn Thu Hà"]
    assert str(article.date_published)[:10] == "2025-12-04"
