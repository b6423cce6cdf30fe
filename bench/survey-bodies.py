#!/usr/bin/env python3
"""Writes N survey responses as form bodies, one per line, each with its own signed visit token
(made a minute ago) and the counter's token, as the portal signs them (survey.SurveyTokens):
   survey-bodies.py <survey id> <counter key> <items> <count> > bodies.txt"""
import base64, hashlib, hmac, random, secrets, sys, time, urllib.parse

survey, key, items, count = sys.argv[1], sys.argv[2].encode('ascii'), int(sys.argv[3]), int(sys.argv[4])

def signed(body):
    mac = hmac.new(key, body.encode('utf-8'), hashlib.sha256).digest()
    return body + '.' + base64.urlsafe_b64encode(mac).decode('ascii').rstrip('=')

now = int(time.time() * 1000)
counter = signed(f'c.{survey}.{now + 2 * 3600 * 1000}')
for _ in range(count):
    nonce = base64.urlsafe_b64encode(secrets.token_bytes(12)).decode('ascii').rstrip('=')
    fields = [('visitToken', signed(f'v.{survey}.{now - 60000}.{nonce}')), ('counterToken', counter)]
    fields += [(f'answers[{i}]', str(random.choice((2, 3, 3, 4, 4)))) for i in range(1, items + 1)]
    print(urllib.parse.urlencode(fields))
