"""Takes the screenshots of docs/screens through chromedriver's WebDriver API (no client
library needed): python3 docs/screens/capture.py <portal base URL> <chromedriver URL>.
Run by docs/screens/capture.sh, which starts the portal and chromedriver and stops them."""
import base64
import json
import sys
import urllib.request

portal, driver = sys.argv[1], sys.argv[2]
out = "docs/screens"


def call(method, path, body=None):
    request = urllib.request.Request(driver + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)["value"]


session = call("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
    "binary": "/usr/bin/chromium",
    "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=id",
             "--hide-scrollbars"]}}}})["sessionId"]
s = "/session/" + session


def cdp(command, params):
    return call("POST", s + "/goog/cdp/execute", {"cmd": command, "params": params})


def find(css):
    element = call("POST", s + "/element", {"using": "css selector", "value": css})
    return list(element.values())[0]


def open_page(path):
    call("POST", s + "/url", {"url": path if path.startswith("http") else portal + path})


def href(css):
    return call("GET", s + "/element/" + find(css) + "/attribute/href")


def shoot(name, width):
    """The whole page at this width, as a phone or a desktop shows it."""
    cdp("Emulation.setDeviceMetricsOverride", {"width": width, "height": 800, "deviceScaleFactor": 1,
                                               "mobile": width < 600})
    height = cdp("Runtime.evaluate", {"expression": "document.documentElement.scrollHeight",
                                      "returnByValue": True})["result"]["value"]
    cdp("Emulation.setDeviceMetricsOverride", {"width": width, "height": min(height, 4000), "deviceScaleFactor": 1,
                                               "mobile": width < 600})
    shot = cdp("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
    with open(f"{out}/{name}-{width}.png", "wb") as file:
        file.write(base64.b64decode(shot))
    print(f"{out}/{name}-{width}.png")


def shoot_section(name, width, css):
    """One section of a long page at this width, from its top to its bottom."""
    cdp("Emulation.setDeviceMetricsOverride", {"width": width, "height": 800, "deviceScaleFactor": 1,
                                               "mobile": width < 600})
    box = cdp("Runtime.evaluate", {"expression": "(() => { const r = document.querySelector(%s)"
                                   ".getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width,"
                                   " r.height]; })()" % json.dumps(css), "returnByValue": True})["result"]["value"]
    shot = cdp("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                          "clip": {"x": 0, "y": max(0, box[1] - 16), "width": width,
                                                   "height": min(box[3] + 32, 4000), "scale": 1}})["data"]
    with open(f"{out}/{name}-{width}.png", "wb") as file:
        file.write(base64.b64decode(shot))
    print(f"{out}/{name}-{width}.png")


def both(name, before=None):
    for width in (360, 1280):
        if before:
            before()
        shoot(name, width)


try:
    both("unit-page", lambda: open_page("/direktori/bps-kabupaten-serang"))
    both("statistics", lambda: open_page("/statistik"))
    for width in (360, 1280):
        open_page("/statistik")
        shoot_section("statistics-road", width, "section[aria-labelledby=road-heading]")
    both("statistics-region", lambda: open_page("/statistik/wilayah?provinsi=36"))

    open_page("/login")
    call("POST", s + "/element/" + find("#username") + "/value", {"text": "staf.bps-kab-serang"})
    call("POST", s + "/element/" + find("#password") + "/value", {"text": "Demo-ZI-2026!"})
    call("POST", s + "/element/" + find("main form button[type=submit]") + "/click", {})
    both("staff-dashboard", lambda: open_page("/staf"))

    open_page("/staf")
    pact = href("a[href$='/pakta']")
    documents = pact.replace("/pakta", "/dokumen")

    def form_with_errors():
        open_page(pact)
        call("POST", s + "/element/" + find("#add-heading + form button[type=submit]") + "/click", {})

    both("form-with-errors", form_with_errors)

    def check_step():
        open_page(documents)
        open_page(href("a[href$='/hapus']"))

    both("check-step", check_step)
finally:
    call("DELETE", s)
