"""A regression table of tricky sentences and the records they must (and must not) yield.

Each row is one phenomenon from LABELS.md and the quality issue: negation and its scope, exceptions,
coordination, subsumption, reference back, passive voice, who acts, purposes, recipients, places.
Records are (action, negated, data, detail) with detail the recipient, purpose or country.
"""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graphbuild.extract.nlp import join_standard_names, sentence_case
from graphbuild.extract.pipeline import extract_practices
from graphbuild.ingest import assemble, html_lines, join_lines, markdown_to_html
from graphbuild.vocabulary import PKG, load_vocabulary


def document(text: str, vendor: str = "Acme"):
    """A policy made of the given text, as ingest would read it."""
    lines = join_lines(html_lines(markdown_to_html(text)))
    doc = assemble("test", "test.txt", lines, {"domain": vendor.lower() + ".com"})
    doc.vendor = vendor
    return doc


def read(text: str, vendor: str = "Acme") -> set[tuple]:
    doc = document(text, vendor)
    vocab = load_vocabulary()
    found = set()
    for p in extract_practices(doc):
        detail = p.recipient or p.purpose or p.location
        found.add((p.action, p.negated, vocab.label(p.data) if p.data else None,
                   vocab.label(detail) if isinstance(detail, URIRef) else detail))
    return found


CASES = [
    # negation covers every coordinated verb
    ("Acme will not share, sell or rent your personal information to third parties.",
     {("share", True, "personal information", "Unnamed third party"),
      ("sell", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    # the general statement is negated, the exception is a positive practice
    ("We do not disclose your personal data to anyone, except when required by law.",
     {("share", True, "personal information", "Unnamed third party"),
      ("share", False, "personal information", "Law enforcement/government")}, set()),
    ("Credit card information is not stored in cookies.",
     {("store", True, "credit card number", None)}, {("store", True, "cookie", None)}),
    # coordination and subsumption
    ("We collect information about you, such as your name, e-mail address and website address.",
     {("collect", False, "name", None), ("collect", False, "email address", None),
      ("collect", False, "website address", None)}, set()),
    ("We may also collect demographic information, such as your ZIP code, age, gender and interests.",
     {("collect", False, "zip code", None), ("collect", False, "age", None), ("collect", False, "gender", None)},
     set()),
    # passive voice, agentless, with a place
    ("Information which you submit via our Web Sites is stored in our database on a computer located in China.",
     {("store", False, "personal information", "CN")}, set()),
    ("Zopim processes personal information on our servers in Singapore.",
     {("store", False, "personal information", "SG")}, set()),
    # passive with an agent: others receive it
    ("Any information you post in such forums may be read, collected, or used by others who visit these forums.",
     {("share", False, "personal information", "Other users")}, set()),
    # a third party as the actor; "third-party" gives way to the kind it qualifies (advertisers are characterised)
    ("Third-party advertisers may collect your IP address when you visit our site.",
     {("share", False, "ip address", "Named third party")},
     {("collect", False, "ip address", None), ("share", False, "ip address", "Unnamed third party")}),
    ("We may also share cookie data with third-party advertising partners.",
     {("share", False, "cookie", "Named third party")}, {("share", False, "cookie", "Unnamed third party")}),
    ("Google Analytics may collect information about the pages you visit.",
     {("share", False, "pages visited", "Named third party")}, set()),
    # the user's choice, not a vendor practice
    ("Most web browsers automatically accept cookies, but you can change your browser to prevent that.",
     {("opt-out", False, "cookie", None)}, {("collect", False, "cookie", None), ("edit", False, "cookie", None)}),
    # no practice at all
    ("Cookies cannot be used to run programs or deliver viruses to your computer.", set(),
     {("use", True, "cookie", "Basic service/feature"), ("share", True, "cookie", "Unnamed third party")}),
    ("How do we use cookies?", set(), {("collect", False, "cookie", None)}),
    ("Do not share your password with anyone.", set(), {("share", True, "password", "Unnamed third party")}),
    # purposes from purpose clauses
    ("We use IP addresses to help us administer our Web Sites.",
     {("use", False, "ip address", "Service operation and security")}, set()),
    ("The Company may also use information collected for marketing purposes.",
     {("use", False, "personal information", "Marketing")}, set()),
    ("We use cookies to personalize your experience and to show you targeted advertising.",
     {("use", False, "cookie", "Personalization/Customization"), ("use", False, "cookie", "Advertising"),
      ("collect", False, "cookie", None)}, set()),
    # recipients, including named companies and law enforcement
    ("We may share your contact information with our service providers.",
     {("share", False, "contact information", "Service provider/agent")}, set()),
    ("We may disclose personal information if required to do so by law.",
     {("share", False, "personal information", "Law enforcement/government")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We may share aggregate information with our affiliates and subsidiaries.",
     {("share", False, "aggregate information", "Other part of company/affiliate")}, set()),
    # security measures
    ("We protect your credit card number through the use of encryption, such as SSL.",
     {("protect", False, "credit card number", None)}, set()),
    ("Acme is committed to protecting your privacy.", set(), {("protect", False, None, None)}),
    # user rights
    ("Users may update or change their registration information by editing their profile.",
     {("edit", False, "registration data", None)}, set()),
    ("You may cancel your account at any time, and we will delete all your registration data.",
     {("delete", False, "registration data", None)}, set()),
    ("You may unsubscribe from our newsletter by clicking the unsubscribe link in any email.",
     {("opt-out", False, None, None)}, set()),
    ("Users cannot opt out of receiving transactional emails.", {("opt-out", True, None, None)}, set()),
    ("We require opt-in consent for the sharing of any sensitive personal information.",
     {("opt-in", False, "sensitive personal information", None)}, set()),
    # retention and policy change
    ("We may retain your communications in order to process your inquiries.",
     {("retain", False, "user communications", None),
      ("use", False, "user communications", "Basic service/feature")}, set()),
    ("We will post any changes to this Privacy Policy on this page.", {("policy-change", False, None, None)}, set()),
    # a threshold is not data; a clause about a fact is not collecting
    ("We do not knowingly collect personal information from children under the age of 13.",
     {("collect", True, "personal information", None)}, {("collect", True, "age", None)}),
    ("We recognize that you may be concerned about the personal information we hold.", set(),
     {("collect", False, "personal information", None)}),
    # a third party acting in a clause that describes data still receives it
    ("Our site uses cookies set by Google Analytics.",
     {("share", False, "cookie", "Named third party")}, set()),
    # a title is no statement; a 'when' clause is a real circumstance, an 'if' clause a hypothesis ...
    ("Sharing of Information.", set(), {("share", False, "personal information", "Unnamed third party")}),
    ("When you send us email, we may retain those communications.",
     {("collect", False, "user communications", None), ("retain", False, "user communications", None)}, set()),
    # ... but an if clause that supposes the user refuses tells the user they may (a choice in OPP-115 too)
    ("If you choose to decline cookies, some features of the site may not work.",
     {("opt-out", False, "cookie", None)}, {("opt-out", True, "cookie", None)}),
    # a coordinated main verb the parser hangs under a relative clause; an idiom is no data
    ("We may combine information we receive with outside records and share such information with third "
     "parties to market to you products that may be of interest to you.",
     {("share", False, "personal information", "Unnamed third party")},
     {("use", False, "interests and preferences", "Marketing")}),
    # a channel of communication is not data
    ("You can send us an email with your comments.", set(), {("collect", False, "email address", None)}),
    ("We will never ask for your password by phone or e-mail.", {("collect", True, "password", None)},
     {("collect", True, "email address", None)}),
    # data said to be needed for something is used for it
    ("We need your postal address to ship your order.", {("use", False, "postal address", "Basic service/feature")},
     set()),
    ("Your email address is required to create an account.",
     {("use", False, "email address", "Basic service/feature")}, set()),
    ("We will ask for your credit card number, which is needed to complete the transaction.",
     {("collect", False, "credit card number", None), ("use", False, "credit card number", "Basic service/feature")},
     set()),
    # a purpose reached through a nested practice; "save you time" stores nothing
    ("Acme uses cookies to store your preferences in order to display personalized content.",
     {("use", False, "cookie", "Personalization/Customization"), ("store", False, "interests and preferences", None)},
     set()),
    ("We use cookies in order to save you time.", {("use", False, "cookie", "Basic service/feature")},
     {("store", False, None, None)}),
    # what a third party does with its own cookies is not the vendor's collection
    ("Advertisers may use cookies to collect information about your visits.", set(),
     {("collect", False, "cookie", None)}),
    # data that allows or helps something is used for it; a relative clause's antecedent keeps its examples
    ("This cookie allows you to move from page to page without signing in again.",
     {("use", False, "cookie", "Basic service/feature")}, set()),
    ("Cookies help us remember your preferences.", {("use", False, "cookie", "Personalization/Customization")},
     set()),
    ("We ask for information such as your credit card number and billing address, which is needed to complete "
     "the transaction.", {("use", False, "billing address", "Basic service/feature")}, set()),
    # a pronoun takes the data of an earlier clause of its own sentence, the examples rather than their kind
    ("When we transmit sensitive information (such as a credit card number) over the Internet, we protect it "
     "with encryption.", {("protect", False, "credit card number", None)},
     {("protect", False, "sensitive personal information", None)}),
    # a purpose hung on a participle inside the verb's phrase
    ("We may use your IP address in combination with other information collected to personalize the site.",
     {("use", False, "ip address", "Personalization/Customization")}, set()),
    # a label the tokenizer would split in lower case ("id") still matches as the parser reads it
    ("We store your unique ID number in an encrypted cookie.",
     {("store", False, "account number", None), ("protect", False, "account number", None)}, set()),
    # data said to become public is shared with the public (or, negated, promised not to be)
    ("Remember that any information you provide will become public information.",
     {("share", False, "personal information", "Public")}, set()),
    ("We will not make your email address public.", {("share", True, "email address", "Public")},
     {("share", False, "email address", "Public")}),
    # telling the user is not sharing; a title-case line without a verb is a heading
    ("We may use your email address as otherwise disclosed to you.", set(),
     {("share", False, "email address", "Unnamed third party")}),
    ("Other Information Collected by Third Party Advertising Service Providers.", set(),
     {("share", False, "personal information", "Service provider/agent")}),
    # the user's own responsibility is no security measure of the vendor; a use of no data is no practice
    ("Users are responsible for maintaining the security and confidentiality of their passwords.", set(),
     {("protect", False, "password", None)}),
    ("We review our practices regularly to improve our services.", set(),
     {("use", False, None, "Analytics/Research")}),
    ("No data transmission over the Internet can be guaranteed to be 100% secure.",
     {("protect", False, None, None)}, set()),
    # not kept in one place is not "not kept"
    ("Credit card information is not stored in cookies.", {("store", True, "credit card number", None)},
     {("retain", True, "credit card number", None)}),
    # "it is necessary to share": the vendor shares
    ("It may be necessary to disclose your personal information to comply with the law.",
     {("share", False, "personal information", "Law enforcement/government")}, set()),
    # a list can exclude data: "but not", ", not"
    ("We will share aggregate information, but not personal information, with our partners.",
     {("share", False, "aggregate information", "Unnamed third party"),
      ("share", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We collect your IP address, not your name.", {("collect", True, "name", None)},
     {("collect", False, "name", None)}),
    # a harm guarded against is no user right; a change word far from the policy word is no policy change
    ("We protect your password against unauthorized access.", {("protect", False, "password", None)},
     {("access", False, "password", None)}),
    ("We have security policies in place to safeguard against loss, misuse and modification of your data.",
     {("protect", False, "personal information", None)}, {("policy-change", False, None, None)}),
    ("We may update this privacy statement from time to time.", {("policy-change", False, None, None)}, set()),
    # "without your consent" leaves the choice to the user
    ("We will not disclose your email address to third parties without your prior consent.",
     {("opt-in", False, "email address", None), ("share", True, "email address", "Unnamed third party")}, set()),
    # what the user may ask the vendor not to do is an opt-out, and done unless asked
    ("You may request that we not share your personal information with our affiliates.",
     {("opt-out", False, "personal information", None),
      ("share", False, "personal information", "Other part of company/affiliate")},
     {("share", True, "personal information", "Other part of company/affiliate")}),
    ("We ask that you do not send us your social security number by e-mail.", set(),
     {("collect", False, "social security number", None)}),
    # a specific kind with examples yields the examples; a general kind stays beside them
    ("We may also collect demographic information, such as your ZIP code, age and gender.",
     {("collect", False, "zip code", None), ("collect", False, "age", None)},
     {("collect", False, "demographic information", None)}),
    ("We may share aggregate information, such as the number of visitors, with our partners.",
     {("share", False, "aggregate information", "Unnamed third party")}, set()),
    # content is the user's only when it is theirs
    ("We use your personal information to improve the site's content.", set(),
     {("use", False, "user communications", "Analytics/Research")}),
    ("We may remove your content from our forums.", {("delete", False, "user communications", None)}, set()),
    # consent covers the data of its own clause
    ("We may share aggregate statistics with partners, but without your permission we will not share your "
     "personal information.", {("opt-in", False, "personal information", None)},
     {("opt-in", False, "aggregate information", None)}),
    # a log named as including data is collected too
    ("These server logs may include your IP address and browser type.",
     {("collect", False, "server logs", None), ("collect", False, "ip address", None)}, set()),
    # "provide X with Y" and "give X Y": X receives Y
    ("We will never provide marketing companies with your phone number.",
     {("share", True, "phone number", "Named third party")}, set()),
    # the user told to provide data, in a passive: the user provides it, the vendor collects it
    ("To enter a contest, you are asked to provide us with your postal address.",
     {("collect", False, "postal address", None)}, set()),
    # a third party that sees, reads or has access to data has received it
    ("Your comments can be viewed by other members of the community.",
     {("share", False, "user communications", "Other users")}, set()),
    ("Our payment processors have access to your credit card number only to complete your purchase.",
     {("share", False, "credit card number", "Service provider/agent")}, set()),
    ("No third party has access to your email address.",
     {("share", True, "email address", "Unnamed third party")}, set()),
    # a conjunct with its own auxiliary keeps its own agent; "other" alone is no party
    ("Your messages may be read or reviewed by our staff, or as may be required by law.", set(),
     {("share", False, "user communications", "Law enforcement/government")}),
    ("Cookies cannot be read by other servers, which means they cannot follow you around the web.", set(),
     {("share", True, "cookie", "Unnamed third party")}),
    # "all users" are other people than the user reading
    ("Your comments may be read by all users of the site.",
     {("share", False, "user communications", "Other users")}, {("collect", False, "user communications", None)}),
    # what an if clause supposes is not a practice, however the parser hangs the clause
    ("If we learn that we have received personal information from a child under 13, we will delete that "
     "information.", {("delete", False, "personal information", None)},
     {("collect", False, "personal information", None)}),
    ("If we discover we have collected or received personal data from a child under 13, we will erase that data.",
     {("delete", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    # residents are data subjects; a relative clause does not make a person a tool of the vendor
    ("Residents of California who use our website may request certain information about our disclosure of "
     "personal information to third parties.",
     set(), {("collect", False, "personal information", None)}),
    # security measures the OPP-115 guidelines name: access limits, confidentiality agreements, programs
    ("We restrict access to your account information to staff who need it.",
     {("protect", False, "account information", None)}, set()),
    ("Our vendors are bound by confidentiality agreements.", {("protect", False, None, None)}, set()),
    ("We will never need to know your bank account number.", {("collect", True, "bank account number", None)},
     {("protect", False, "bank account number", None)}),
    # choices the OPP-115 guidelines name: stop receiving, preference pages; "do not track" is no choice
    ("To stop receiving our newsletter, follow the link at the bottom of any message.",
     {("opt-out", False, None, None)}, set()),
    ("We do not respond to browser do not track signals.", set(), {("opt-out", False, None, None)}),
    # data counted among the assets of a business sold goes to the buyer
    ("If Acme is acquired, your account information may be among the assets transferred to the buyer.",
     {("share", False, "account information", "Unnamed third party")}, set()),
    ("In such transactions, we may include your information among the transferred assets.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # selling goods or the business itself sells no data; a bare "we do not sell" is about data
    ("We may sell some or all of our assets to another company.", set(),
     {("sell", False, "personal information", "Unnamed third party")}),
    ("We do not sell.", {("sell", True, "personal information", "Unnamed third party")}, set()),
    # data disclosed to the vendor is collected by it, not shared; buying data collects it
    ("We also use contact information from other sources, where that information has been lawfully disclosed to us.",
     set(), {("share", False, "personal information", "Unnamed third party"),
             ("share", False, "contact information", "Unnamed third party")}),
    ("We buy demographic information from data brokers.", {("collect", False, "demographic information", None)},
     set()),
    # "the way we disclose" says how, as "how we disclose" does; a parent is told, not a third party
    ("You may ask us to restrict the way we use and disclose your health information.", set(),
     {("share", False, "health information", "Unnamed third party")}),
    ("We will send a confirmation email to the parent at the email address provided.", set(),
     {("share", False, "email address", "Named third party"), ("share", False, "email address", "Unnamed third party")}),
    # "the Company" is the vendor; "companies" are other companies
    ("Advertising companies may place cookies on your computer.",
     {("share", False, "cookie", "Named third party")}, {("collect", False, "cookie", None)}),
    # the vendor's own group, by its name or as affiliated, is an affiliate; the vendor's partners are not
    ("We may share your information with other Acme companies.",
     {("share", False, "personal information", "Other part of company/affiliate")}, set()),
    ("We share your data within the Acme family of companies.",
     {("share", False, "personal information", "Other part of company/affiliate")}, set()),
    ("We may share your information with affiliated third parties for their own marketing.",
     {("share", False, "personal information", "Other part of company/affiliate")}, set()),
    ("We share your data with Acme's partners.", {("share", False, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Other part of company/affiliate")}),
    ("We share your data with our partners.", {("share", False, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Other part of company/affiliate")}),
    # a named third party is named, whatever it is called besides; a security technology is no company
    ("Google, as a third party vendor, uses cookies to serve ads on our site.",
     {("share", False, "cookie", "Named third party")}, {("share", False, "cookie", "Service provider/agent"),
                                                          ("share", False, "cookie", "Unnamed third party")}),
    ("All credit information is transmitted via Secure Socket Layer (SSL) technology.",
     {("protect", False, "payment information", None)}, {("share", False, "personal information", "Named third party")}),
    # a third party characterised by its trade is a named one (OPP-115); "third parties" alone is not
    ("We share aggregate information with advertisers and other third parties.",
     {("share", False, "aggregate information", "Named third party"),
      ("share", False, "aggregate information", "Unnamed third party")}, set()),
    ("The Company collects your name.", {("collect", False, "name", None)}, set()),
    # the vendor and a third party coordinated as the subject: both act
    ("Acme or third parties may use cookies to understand how you use the site.",
     {("collect", False, "cookie", None), ("share", False, "cookie", "Unnamed third party")}, set()),
    # transmitting to someone shares; transmitting over the Internet does not
    ("If you pay for services using a credit card, we will transmit your card number to the credit card company.",
     {("share", False, "credit card number", "Service provider/agent")}, {("use", False, "credit card number", None)}),
    # "the Company" is the vendor, but "another company" is not
    ("We may send your email address to another company.",
     {("share", False, "email address", "Unnamed third party")}, set()),
    ("When we transmit your password over the Internet, we encrypt it.", set(),
     {("share", False, "password", "Unnamed third party")}),
    # the means of something else ("by ..., opening an account, or filling out a form") states nothing
    ("Unless you identify yourself by answering a survey, opening an account, or filling out a form, you remain "
     "anonymous.", set(), {("collect", False, "account information", None)}),
    # a relative clause's third party acts ("PayPal, which receives ..."); "pages that display" only describe
    ("Payments are handled by PayPal, which receives your billing address.",
     {("share", False, "billing address", "Named third party")}, set()),
    ("Pages that display your account information are encrypted.", set(),
     {("share", False, "account information", "Public")}),
    # a named service or a kind of third party the vendor uses gets the data it works on
    ("We use Google Analytics to analyze traffic on our site.",
     {("share", False, "pages visited", "Named third party")}, set()),
    ("We use Flash to play videos.", set(), {("share", False, "user communications", "Named third party")}),
    # rights offered as what the user may wish, given as an ability, or had done by the vendor
    ("If you want to change your email address, visit your account page.",
     {("edit", False, "email address", None)}, set()),
    ("We provide you with the ability to access and edit the personal information you provided to us.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None)}, set()),
    ("If you would like to have your personal information removed from our database, please contact us.",
     {("delete", False, "personal information", None)}, set()),
    # "information collected through cookies": cookies are how it was collected, not what is shared
    ("We may share information collected through cookies with advertisers.",
     {("share", False, "personal information", "Named third party"), ("collect", False, "cookie", None)},
     {("share", False, "cookie", "Named third party")}),
    # data the user gives a third party goes to it; the vendor neither collects nor uses it
    ("You may need to provide your credit card number to PayPal to complete the purchase.",
     {("share", False, "credit card number", "Named third party")},
     {("collect", False, "credit card number", None), ("use", False, "credit card number", "Basic service/feature")}),
    ("You may provide us with your email address to receive our newsletter.",
     {("collect", False, "email address", None)}, {("share", False, "email address", "Unnamed third party")}),
    # "activity", "usage", "traffic" alone are the user's only when nothing else qualifies them
    ("We may disclose information about our business activities to investors.", set(),
     {("share", False, "pages visited", "Unnamed third party")}),
    ("We collect information about your activity on our site.", {("collect", False, "pages visited", None)}, set()),
    # a kind followed by its examples in brackets stands for the examples, even in a definition
    ("We collect the actions you take on our site (such as the pages viewed and the links clicked).",
     {("collect", False, "pages visited", None), ("collect", False, "links clicked", None)},
     {("collect", False, "browsing path", None)}),
    ("We may ask for your company address, number of employees, or industry.",
     {("collect", False, "number of employees", None), ("collect", False, "industry", None)}, set()),
    # "but these statistics will not include ...": the data left out is not shared
    ("We may disclose aggregate statistics to partners, but these statistics will not include any personally "
     "identifiable information.", {("share", True, "personal information", "Unnamed third party"),
                                   ("share", False, "aggregate information", "Unnamed third party")}, set()),
    # logs the vendor uses it has collected, like cookies
    ("We use web server logs to understand how visitors use our site.",
     {("collect", False, "server logs", None)}, set()),
    # "if you do not wish to receive ..., e-mail us": a choice offered, not a hypothesis
    ("If you do not wish to receive our offers, please write to us.",
     {("opt-out", False, None, None)}, set()),
    # "we rely on our users to update their information": the users update it
    ("We rely on our users to correct their personal information.",
     {("edit", False, "personal information", None)}, set()),
    # the vendor viewing or accessing data uses it; the user accessing it exercises a right
    ("Your messages may be viewed by our staff only to investigate an abuse complaint.",
     {("use", False, "user communications", "Service operation and security")}, set()),
    ("You can access your account information at any time.", {("access", False, "account information", None)},
     {("use", False, "account information", None)}),
    # "details of our products" are the vendor's, and sending them is marketing; "information about our
    # users" is the users'
    ("From time to time we may send you details of our products which may be of interest to you.",
     {("use", False, None, "Marketing")}, {("use", False, "personal information", "Basic service/feature")}),
    ("We may share information about our users with our partners.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # the vendor's own companies ("Acme companies") are the vendor
    ("Acme companies may collect your email address.", {("collect", False, "email address", None)},
     {("share", False, "email address", "Unnamed third party")}),
    # "keep X accurate" keeps its quality (a security measure, OPP-115 files data integrity there) and "keep X
    # private" protects it, neither retains it; "retained to perform" is hiring
    ("We take reasonable steps to keep your personal information accurate and complete.",
     {("protect", False, "personal information", None)}, {("retain", False, "personal information", None)}),
    ("We keep your cell phone number private at all times.", {("protect", False, "phone number", None)},
     {("retain", False, "phone number", None)}),
    ("We share your information with service providers we have retained to perform services on our behalf.",
     {("share", False, "personal information", "Service provider/agent")},
     {("retain", False, "personal information", None)}),
    ("We retain your data to provide the service.", {("retain", False, "personal information", None)}, set()),
    # a contents line worded as a question names a topic; a wh-word opening a clause does not
    ("What personal information we collect.", set(), {("collect", False, "personal information", None)}),
    ("Where you have registered, we store your username.", {("store", False, "username", None)}, set()),
    # "as required by law" is a condition, not a collection
    ("We keep information to settle disputes and as otherwise required by law.",
     {("retain", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    # a list of purposes the parser hangs on the main verb is still a list of purposes
    ("We may retain those communications in order to process your inquiries, respond to your requests and "
     "improve our services.", {("use", False, "user communications", "Analytics/Research")}, set()),
    ("We collect your name to process orders, and share it with our shipping partners.",
     {("share", False, "name", "Unnamed third party")}, set()),
    # reaching the user through their data uses it
    ("We may contact you at your email address to tell you about changes to your account.",
     {("use", False, "email address", "Basic service/feature")}, set()),
    ("You may be contacted at the phone number on your account.",
     {("use", False, "phone number", "Basic service/feature")}, set()),
    ("We may periodically email you messages about products that may be of interest to you.",
     {("use", False, "email address", "Marketing")}, set()),
    ("We may call you to confirm your order.", {("use", False, "phone number", "Basic service/feature")}, set()),
    ("To do this, please send a letter to the address below.", set(),
     {("use", False, "postal address", "Basic service/feature")}),
    ("We use analytics software to understand how our app works on your phone.", set(),
     {("use", False, "phone number", "Analytics/Research")}),
    ("You can email us at any time.", set(), {("use", False, "email address", "Basic service/feature")}),
    ("We will never call you on your mobile phone number.", {("use", True, "phone number", "Basic service/feature")},
     {("use", False, "phone number", "Basic service/feature")}),
    # data that remains somewhere or for a time is kept; "remain anonymous" is a state
    ("Persistent cookies remain on your hard drive until you delete them.", {("retain", False, "cookie", None)},
     set()),
    ("Your e-mail address may be stored in a cookie that will remain on your computer after you sign out.",
     {("retain", False, "email address", None), ("store", False, "email address", None)}, set()),
    ("Your information will remain anonymous.", set(), {("retain", False, "personal information", None)}),
    ("We may disclose information where its preservation or disclosure is necessary to comply with the law.",
     {("retain", False, "personal information", None)}, set()),
    # whose safety is protected does not receive data, also when named in apposition
    ("We disclose information to protect the rights, property or safety of Acme, its users or the public.",
     {("share", False, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Public")}),
    # examples the parser hangs inside a relative clause are examples of the data the clause describes
    ("We may collect information about the device you use to access the Services, such as IP address, "
     "geolocation information and browser type.",
     {("collect", False, "ip address", None), ("collect", False, "geolocation", None)},
     {("access", False, "ip address", None)}),
    # a right bears on the user's own data, not on what the user reads or visits
    ("You may wish to review information at the third party site, such as social media platforms where you "
     "have an account.", set(), {("access", False, "personal information", None)}),
    ("Each time you visit we may collect your IP address and the Web pages that you access during your visit.",
     {("collect", False, "ip address", None)}, {("access", False, "pages visited", None)}),
    ("Most web browsers automatically accept cookies, but if you prefer you can edit your browser options to "
     "block them in future.", set(),
     {("edit", False, "browser type", None)}),
    ("We will cancel your credit card number or password on request.", {("delete", False, "password", None)},
     set()),
    ("Users are able to change their personal information by emailing us.",
     {("edit", False, "personal information", None)}, set()),
    # access kept to the staff who need it is a security measure; access given to others is sharing
    ("Some of our employees have access to customer information only in order to serve customers.",
     {("protect", False, "personal information", None)}, set()),
    ("Only employees who need the information to perform a specific job are granted access to personally "
     "identifiable information.", {("protect", False, "personal information", None)},
     {("use", False, "personal information", "Basic service/feature")}),
    # an aim given to handling data is a use for it; "for" with a gerund is a purpose
    ("The main purpose of gathering personal data is to improve our services and products.",
     {("use", False, "personal information", "Analytics/Research")}, set()),
    ("Our goal in collecting your email address is to send you newsletters.",
     {("use", False, "email address", "Additional service/feature")}, set()),
    ("The purpose of this policy is to explain our practices.", set(),
     {("use", False, "personal information", "Basic service/feature")}),
    ("We only use cookies for personalizing reasons.", {("use", False, "cookie", "Personalization/Customization")},
     set()),
    # what a third party asks the user for goes to that third party, not to the vendor
    ("Our payment processor may ask you to provide your credit card number.",
     {("share", False, "credit card number", "Service provider/agent")},
     {("collect", False, "credit card number", None)}),
    ("These external services can ask the client to fill in his credit card information.",
     {("share", False, "credit card number", "Unnamed third party")}, {("collect", False, "credit card number", None)}),
    ("We may ask you to provide your name.", {("collect", False, "name", None)}, set()),
    # information qualified as not personal is non-personal; an age limit is no data; "log into" logs nothing
    ("However, non-personally identifiable visitor information may be provided to other parties.",
     {("share", False, "non-personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We do not collect any information from anyone under 13 years of age.",
     {("collect", True, "personal information", None)}, {("collect", True, "age", None)}),
    ("Users may make any changes to their information at any time by logging into their control panel.",
     {("edit", False, "personal information", None)}, {("share", False, "account information", "Other users"),
                                                       ("collect", False, "account information", None)}),
    ("If you have created an account, log into your account.", set(), {("collect", False, "account information", None)}),
    ("We may share your information with non-affiliated third parties.",
     {("share", False, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Other part of company/affiliate")}),
    # "the right to access, read, preserve and disclose" is the right holder's; how the user goes about a
    # right is no data of it; account settings are no browser settings
    ("We reserve the right to access, read, preserve, and disclose any information that we believe is necessary "
     "to enforce our terms.", {("retain", False, "personal information", None),
                               ("share", False, "personal information", "Unnamed third party")}, set()),
    ("You may alter, add, or delete your personal information at any time by accessing your account settings.",
     {("edit", False, "personal information", None), ("delete", False, "personal information", None)},
     {("opt-out", False, "personal information", None), ("delete", False, "account information", None)}),
    # "user data" is the users' personal information; as a term for what users host, it is their content
    ("We will never disclose any user data.", {("share", True, "personal information", "Unnamed third party")},
     {("share", True, "user communications", "Unnamed third party")}),
    ("We protect visitor data.", {("protect", False, "personal information", None)}, set()),
    ('Acme Users use the Service to host data and information ("User Data"). Acme will not share any such User '
     'Data.', {("share", True, "user communications", "Unnamed third party")},
     {("share", True, "personal information", "Unnamed third party")}),
    # coordinated modifiers share their head; a weak label listed beside specific data is a list item
    ("We request your name, address, website address and credit or payment card information.",
     {("collect", False, "name", None), ("collect", False, "postal address", None),
      ("collect", False, "website address", None), ("collect", False, "credit card number", None)}, set()),
    ("Credit and payment card data are disclosed only to companies that process payments.",
     {("share", False, "credit card number", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We collect your name, email address and other information.",
     {("collect", False, "name", None), ("collect", False, "email address", None)},
     {("collect", False, "personal information", None)}),
    # what the vendor does not permit or authorize to happen does not happen; the vendor's authorising is no
    # consent, the user's is
    ("We do not authorize your personal information to be shared with third parties without your consent.",
     {("share", True, "personal information", "Unnamed third party"), ("opt-in", False, "personal information", None)},
     {("opt-in", True, "personal information", None)}),
    ("We do not permit your personal information to be shared with third parties.",
     {("share", True, "personal information", "Unnamed third party")}, set()),
    # what is collected on the occasion of an additional feature serves it; registering serves no purpose of its own
    ("If you enter a sweepstakes, we collect your postal address.",
     {("collect", False, "postal address", None), ("use", False, "postal address", "Additional service/feature")},
     set()),
    ("When you register for an account, we ask for your name.", {("collect", False, "name", None)},
     {("use", False, "name", "Basic service/feature")}),
    # a describing clause with an agent and a purpose of its own states a practice
    ("The information collected by us to improve our services is not shared.",
     {("use", False, "personal information", "Analytics/Research"),
      ("share", True, "personal information", "Unnamed third party")}, set()),
    # permission the vendor gives is no consent of the user's
    ("We have no control over these cookies once we have given permission for advertisers to set them.", set(),
     {("opt-in", False, None, None), ("opt-in", False, "cookie", None)}),
    # a service verb governing a more specific purpose gives way to it
    ("We may disclose your information to respond to subpoenas or court orders.",
     {("share", False, "personal information", "Law enforcement/government")}, set()),
    # what the policy discloses is no sharing; "news" is no "new"
    ("We may use your information for new uses not previously disclosed in our privacy policy.", set(),
     {("share", True, "personal information", "Unnamed third party"),
      ("use", False, "personal information", "Marketing")}),
    # the user contacting the vendor uses the vendor's details, not the user's
    ("You can do this by contacting us by telephone or postal mail at the contact information listed above.", set(),
     {("use", False, "phone number", "Basic service/feature"),
      ("use", False, "contact information", "Basic service/feature")}),
    # a third party bound to keep data confidential is the vendor's security measure; requiring it collects nothing
    ("Our service providers are required to keep your personal information confidential.",
     {("protect", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    ("We require that these contractors keep information obtained through our web site secure and confidential.",
     {("protect", False, "personal information", None)}, set()),
    # "make available" shares; "it is not our policy to X" is a promise not to X
    ("We will make your personal information available to certain third parties.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    ("It is not the policy of Acme to sell or make available personally identifiable user information to unrelated "
     "third parties.", {("sell", True, "personal information", "Unnamed third party"),
                        ("share", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("Visit our site, click on Contact Us and send us an e-mail.", set(),
     {("collect", False, "user communications", None)}),
    # purposes listed after "including"
    ("We may use any information collected from you for any purpose, including to contact you for customer service "
     "purposes.", {("use", False, "personal information", "Basic service/feature")}, set()),
    # the vendor's promotional messages are no communications of the user's
    ("We may send you marketing communications.", {("use", False, None, "Marketing")},
     {("use", False, "user communications", "Marketing")}),
    ("We retain your communications with us.", {("retain", False, "user communications", None)}, set()),
    # content is the user's when the user wrote it, not "our content"
    ("We may share the content you post with other users.",
     {("share", False, "user communications", "Other users")}, set()),
    ("We use cookies to tailor our content.", {("use", False, "cookie", "Personalization/Customization")},
     {("use", False, "user communications", "Personalization/Customization")}),
    # what the vendor answers it uses to serve the user
    ("If you use the Contact Us form, we will respond to your inquiry and delete it afterwards.",
     {("use", False, "user communications", "Basic service/feature")}, set()),
    # a third party employed to act for the vendor receives data, however the parser hangs it
    ("We employ other companies and individuals to perform functions on our behalf.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    ("We may hire other companies to process payments.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    ("We also engage third parties to track and analyze Website data.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # data that stays confidential is kept safe, not kept for a time
    ("Your personal information and responses will remain strictly confidential, even if the survey is conducted "
     "by a third party.", {("protect", False, "personal information", None)},
     {("retain", False, "personal information", None)}),
    # what is handled only in aggregate form is aggregate information
    ("We may share your information with partners in aggregated form.",
     {("share", False, "aggregate information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We collect information on a voluntary basis.", {("collect", False, "personal information", None)}, set()),
    # the vendor contacting the user uses the user's contact details; telling the user to contact it does not
    ("We may still contact you for transactional purposes.",
     {("use", False, "contact information", "Basic service/feature")}, set()),
    ("Please contact us if you have questions.", set(), {("use", False, "contact information", "Basic service/feature")}),
    # what the user need not provide the user may refuse; not having to type it again is a convenience
    ("You do not have to provide any personal information to visit this website.",
     {("opt-out", False, "personal information", None)}, {("collect", True, "personal information", None)}),
    ("We do not require you to provide your name.", {("opt-out", False, "name", None)},
     {("collect", True, "name", None)}),
    ("We save your user ID, so you don't have to re-enter it each time you visit the Site.", set(),
     {("opt-out", False, "username", None)}),
    ("If your browser has scripting disabled, you do not need to opt out.", set(), {("opt-out", False, None, None)}),
    ("We use your information to allow you to participate in interactive features of our services.",
     {("use", False, "personal information", "Additional service/feature")}, set()),
    ("We use web beacons to count users who have visited a page.",
     {("use", False, "web beacon", "Analytics/Research")}, set()),
    # the purpose of a complement that is no practice of its own is the asking verb's; a practice nested in a
    # purpose keeps its own negation; what is collected for no named data is no use
    ("If you activate a paid plan, you are asked to fill in your billing information and contact email for "
     "billing purposes.", {("use", False, "payment information", "Basic service/feature"),
                           ("use", False, "email address", "Basic service/feature")}, set()),
    ("We ask you to provide your email address so that we can respond.",
     {("use", False, "email address", "Basic service/feature")}, {("use", False, None, "Basic service/feature")}),
    ("We use hashing to create a reminder system that does not require us to retain a child's e-mail address.",
     {("retain", True, "email address", None)}, {("retain", False, "email address", None)}),
    ("Merchants may be required to undergo periodic security assessments to ensure that security measures are "
     "in place.", set(), {("use", False, None, "Service operation and security")}),
    # "them" receiving data stands for the recipients named before; a kind named by its members gives way
    ("When you order products from our agents Shareit.com or Paypal.com, you may need to offer your financial "
     "details to them to process the order.", {("share", False, "payment information", "Named third party")},
     {("share", False, "payment information", "Service provider/agent"),
      ("share", False, "personal information", "Named third party")}),
    ("We share your card number with our payment processor, Stripe.",
     {("share", False, "credit card number", "Named third party")},
     {("share", False, "credit card number", "Service provider/agent")}),
    # a choice given to the user is an opt-out, about the data it bears on; a right withheld is denied
    ("We give you choices about how we use your information.", {("opt-out", False, "personal information", None)},
     set()),
    ("As a customer, you will have opportunities to choose whether to use them or not.",
     {("opt-out", False, None, None)}, set()),
    ("Advertisers have options to target ads.", set(), {("opt-out", False, None, None)}),
    ("We offer you the opportunity to sign up for our newsletter.", set(), {("opt-out", False, None, None)}),
    ("We do not give you the option to delete your account.", {("delete", True, "account information", None)},
     {("delete", False, "account information", None)}),
    # negation by "no" on the occasion, and through a verb that would allow the practice
    ("Under no circumstances will we sell or trade your personal information to third parties.",
     {("sell", True, "personal information", "Unnamed third party")},
     {("sell", False, "personal information", "Unnamed third party")}),
    ("These cookies don't allow us or our partners to collect any personally identifiable information.",
     {("collect", True, "personal information", None)}, {("collect", False, "personal information", None)}),
    # what the user receives from the vendor is no collection
    ("You may opt out of receiving communications from us.", {("opt-out", False, None, None)},
     {("collect", False, "user communications", None)}),
    # data transferred to a country is moved there, not shared
    ("We may transfer your personal data to the United States.", {("store", False, "personal information", "US")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We may transfer your personal data outside your country.", {("store", False, "personal information", None)},
     {("share", False, "personal information", "Unnamed third party")}),
    ("This data will be automatically destroyed when you leave the site.",
     {("retain", False, "personal information", None)}, set()),
    # the country of a company's postal address is not where data goes
    ("We use videos of YouTube, LLC 901 Cherry Ave., 94066 San Bruno, CA, USA, a company belonging to Google Inc.",
     set(), {("store", False, "personal information", "US"), ("store", False, "user communications", "US")}),
    ("Google stores the information on servers in the United States.",
     {("store", False, "personal information", "US")}, set()),
    ("We use industry standard measures to protect your personal information.",
     {("protect", False, "personal information", None)},
     {("use", False, "personal information", "Service operation and security")}),
    # "in the event that" supposes; "in the event of a merger" is a condition on a real practice
    ("In the event that we do collect any personal information from children, we will delete it.", set(),
     {("collect", False, "personal information", None)}),
    ("In the event of a merger, we may transfer your information to the acquirer.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # a pointer takes the data named earlier in its own sentence first
    ("If we gather demographic information from you, we will not share that information with any third party.",
     {("share", True, "demographic information", "Unnamed third party")},
     {("share", True, "personal information", "Unnamed third party")}),
    # a third party that sees nothing but a web site receives no data
    ("Anyone can access our Web sites, but some areas require provision of personal information, such as "
     "reader surveys.", set(), {("share", False, "survey responses", "Unnamed third party")}),
    # a cue that is a name itself is a measure; one inside a longer name is not
    ("We participate in the Safe Harbor program developed by the U.S. Department of Commerce.",
     {("protect", False, None, None)}, set()),
    ("We follow the Acme Data Security Law of 2010.", set(), {("protect", False, None, None)}),
    # requiring a party to act is no collection; requiring data, or asking the user to hand it over, is
    ("We require our business partners and service providers to manage your personal information properly.",
     set(), {("collect", False, "personal information", None)}),
    ("We require your email address to create an account.", {("collect", False, "email address", None)}, set()),
    ("We require you to provide your email address.", {("collect", False, "email address", None)}, set()),
    # the user's own consent, preference that the vendor not act, and having data changed are theirs
    ("You authorize us to collect and store your email address.",
     {("opt-in", False, "email address", None), ("collect", False, "email address", None)}, set()),
    ("You agree to the terms of this policy.", set(), {("opt-in", False, None, None)}),
    ("If you prefer that we not share your information in this way, please contact us.",
     {("opt-out", False, "personal information", None)}, set()),
    ("If you would like to have your personally identifiable information changed or removed from our database, "
     "please contact us.", {("edit", False, "personal information", None),
                            ("delete", False, "personal information", None)}, set()),
    ("We collect information about your use of our website.", {("collect", False, "pages visited", None)}, set()),
    ("We collect information about how you use our services.", {("collect", False, "pages visited", None)}, set()),
    ("We may collect the date on which you visit the Site.", {("collect", False, "access time", None)}, set()),
    ("Customers are asked to provide certain personal information when they sign up for our Services including "
     "name, telephone number and billing information.",
     {("collect", False, "name", None), ("collect", False, "phone number", None)}, set()),
    # a line dating the policy announces its changes
    ("Last updated: May 24, 2014", {("policy-change", False, None, None)}, set()),
    ("Effective July 20, 2012 (last updated October 08, 2013)", {("policy-change", False, None, None)}, set()),
    ("Effective immediately, we collect your email address.", {("collect", False, "email address", None)},
     {("policy-change", False, None, None)}),
    ("A link to this privacy policy is included on the About page.", set(), {("collect", False, "links clicked", None)}),
    ("Advertisers are granted access to your profile.", {("share", False, "account information",
                                                          "Named third party")}, set()),
    # what tracking tools are used for is collecting, by whoever uses them
    ("We may use web bugs to gather and track certain information related to your visits to the Site.",
     {("collect", False, "web beacon", None), ("collect", False, "pages visited", None)}, set()),
    ("Advertisers may use cookies to collect your IP address.",
     {("share", False, "ip address", "Named third party")}, {("collect", False, "ip address", None)}),
    ("We use cookies to store your preferences.", {("store", False, "interests and preferences", None),
                                                   ("collect", False, "interests and preferences", None)}, set()),
    # but what data is used for stays its purpose
    ("We use IP addresses to collect broad demographic information.", set(),
     {("collect", False, "demographic", None)}),
    # an infinitive coordinated with a finite verb goes on with the purpose
    ("We collect IP addresses for site security and to help us understand how people use our sites.",
     {("use", False, "ip address", "Service operation and security"), ("use", False, "ip address", "Analytics/Research")},
     set()),
    ("We may compile information regarding site traffic to determine the number of visitors to our websites.",
     {("collect", False, "pages visited", None), ("use", False, "pages visited", "Analytics/Research")}, set()),
    # the parser may hang the purpose on the object list's last item
    ("We may use your email address and username to contact you about any problem with your account.",
     {("use", False, "email address", "Basic service/feature"), ("use", False, "username", "Basic service/feature")},
     set()),
    # an if clause that supposes the user refuses says the user may; not using the service is a refusal
    ("If you decline to supply certain information, some features may not be available.",
     {("opt-out", False, "personal information", None)}, set()),
    ("If you do not object, we may share your health information with a family member.",
     {("opt-out", False, None, None)}, {("opt-out", True, None, None)}),
    ("If you stop using our services, your account remains open.", set(), {("opt-out", False, None, None)}),
    ("If you do not agree to this Privacy Policy, please do not use the Site.", {("opt-out", False, None, None)},
     set()),
    ("You may not use the Site to send unsolicited email.", set(), {("opt-out", False, None, None)}),
    ("You can choose not to submit your current location when prompted.", {("opt-out", False, "geolocation", None)},
     set()),
    # access limits and care the vendor promises are security measures
    ("When we share personal information with our agents, we restrict their access to the information they need.",
     {("protect", False, "personal information", None)}, set()),
    ("We will take all steps reasonably necessary to ensure that your data is treated securely.",
     {("protect", False, "personal information", None)}, set()),
    # a subject the parser hangs on the auxiliary still acts; "keep track of" records
    ("We do not, however, collect IP addresses.", {("collect", True, "ip address", None)}, set()),
    ("The Company may also keep track of IP addresses used to access its services.",
     {("collect", False, "ip address", None)}, {("retain", False, "ip address", None)}),
    # a run-in heading is no part of its sentence; "this includes" lists what was just collected
    ("Device Information: We collect technical information when you visit our websites. This includes "
     "information such as your IP address and browser type.",
     {("collect", False, "operating system", None), ("collect", False, "ip address", None),
      ("collect", False, "browser type", None)}, set()),
    ("Last Updated: January 3, 2013", {("policy-change", False, None, None)}, set()),
    ("We will share information with our business partners. This includes a sponsor of an event you attend.",
     {("share", False, "personal information", "Unnamed third party")}, {("collect", False, None, None)}),
    # a bracket that explains the data just named names no more data; one that gives examples does
    ("We may log your IP address (the location of your computer or device on the Internet).",
     {("collect", False, "ip address", None)}, {("collect", False, "geolocation", None)}),
    ("We collect your contact information (such as your name and email address).",
     {("collect", False, "name", None), ("collect", False, "email address", None)}, set()),
    # third parties characterised by their trade are named ones, as OPP-115 defines it
    ("When you request a magazine, we will forward the information you give us to the publisher.",
     {("share", False, "personal information", "Named third party")}, set()),
    ("We may provide your contact information to an outside research firm.",
     {("share", False, "contact information", "Named third party")}, set()),
    # a policy change speaks of this policy, not of other sites' policies
    ("Please carefully review their posted policies for details about personal privacy.", set(),
     {("policy-change", False, None, None)}),
    ("Each of the sites you visit should post a privacy statement.", set(), {("policy-change", False, None, None)}),
    ("If we make any changes to our policies, we will post them here.", {("policy-change", False, None, None)}, set()),
    ("If our privacy policy changes, we will post an updated policy on the Sites.",
     {("policy-change", False, None, None)}, {("share", False, "personal information", "Public")}),
    # data kept as a subject spoken about is no retention; what the user can remove is theirs to remove
    ("We comply with the Safe Harbor Framework regarding the collection, use and retention of personal information.",
     set(), {("retain", False, "personal information", None)}),
    ("Persistent cookies can be removed by following your browser's directions.", {("opt-out", False, "cookie", None)},
     {("retain", False, "cookie", None)}),
    ("Your information can be deleted upon request.", {("delete", False, "personal information", None)}, set()),
    ("Your data will be deleted after 30 days.", {("retain", False, "personal information", None)}, set()),
    # a means offered to the reader, what the reader may have done, and what "can be" done to their data
    ("We provide a way to correct, update or remove your information.",
     {("edit", False, "personal information", None), ("delete", False, "personal information", None)}, set()),
    ("We provide you with the ability to access and edit the information that you have provided to us.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None)}, set()),
    ("To have any personally identifiable information deleted, please contact us.",
     {("delete", False, "personal information", None)}, {("retain", False, "personal information", None)}),
    ("Your email address can be updated or corrected by calling Customer Service.",
     {("edit", False, "email address", None)}, set()),
    ("You may opt out of having your personal information shared with third parties.",
     {("opt-out", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    ("This policy describes the way we use your information.", set(),
     {("use", False, "personal information", "Basic service/feature")}),
    # the address a message goes to is used; what describes the address is not
    ("We may send promotional materials to the email address you provided to us at registration.",
     {("use", False, "email address", "Marketing")}, {("use", False, "registration data", "Marketing")}),
    # a better experience for the user is personalisation
    ("We use cookies to enhance your browsing experience on the Site.",
     {("use", False, "cookie", "Personalization/Customization")}, set()),
    # an address to write to is the vendor's contact point, not a company that receives data
    ("You may also send an e-mail to privacy@example.com, or write to us at Example Holdings, Attn: Privacy, "
     "1 Main Street, New York.", set(), {("share", False, "user communications", "Named third party")}),
    ("We may use your personally identifiable information for the activities described above, and for internal "
     "purposes and marketing, promotional and fundraising purposes.",
     {("use", False, "personal information", "Marketing")}, set()),
    # a purpose hung on the verbs of the clause describing the data used
    ("We also use the information we collect and receive to provide advertising that you may find relevant.",
     {("use", False, "personal information", "Advertising")}, set()),
    # knowing which pages the user visits collects them; not knowing how they use the site says nothing
    ("We get to know how long you have stayed on the specific webpages.", {("collect", False, "pages visited", None)},
     set()),
    ("Because we do not know how you are using information found on our website, we make no warranty.", set(),
     {("collect", True, "personal information", None)}),
    # "Do Not Track" names a browser signal; tracking denied in plain words is still denied
    ("We do not respond to web browser \"do not track\" signals at this time.", set(),
     {("collect", True, "browser type", None)}),
    ("Your browser may include Do Not Track functionality.", set(), {("collect", False, "browser type", None)}),
    ("We do not track your activity across websites.", {("collect", True, "pages visited", None)}, set()),
    # what a sharing just stated "might include" is shared with the same recipients
    ("We may disclose aggregated information to sponsors. This information might include your age and school.",
     {("share", False, "age", "Named third party"), ("share", False, "aggregate information", "Named third party")},
     {("collect", False, "age", None)}),
    ("We may transfer your personal information to our other offices.",
     {("share", False, "personal information", "Other part of company/affiliate")}, set()),
    # an opportunity to access or modify one's data is that right, not an opt-out
    ("Acme offers Customers the opportunity to access or modify information provided during registration.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None)},
     {("opt-out", False, "registration data", None)}),
    ("Our advertising partners may use technologies such as cookies to gather information about your activities.",
     {("share", False, "pages visited", "Named third party")}, {("collect", False, "pages visited", None)}),
    # the small model reads "share aggregated" as an auxiliary and its participle: repaired after parsing
    ("From time to time, we may share aggregated User Information with third parties.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    ("We share aggregated, non-personal information with advertisers.",
     {("share", False, "non-personal information", "Named third party")}, set()),
    ("We have collected your data.", {("collect", False, "personal information", None)}, set()),
    # the vendor's stated policy is the vendor acting
    ("Our policy is to not disclose health information about patients except as required by law.",
     {("share", True, "health information", "Unnamed third party"),
      ("share", False, "health information", "Law enforcement/government")}, set()),
    # a verb heading its clause starts no noun phrase; pages "were visited" are pages visited
    ("We collect and aggregate information about the pages you visit.", {("collect", False, "pages visited", None)},
     {("collect", False, "aggregate information", None)}),
    ("We collect information about which pages were visited and which links were clicked.",
     {("collect", False, "pages visited", None), ("collect", False, "links clicked", None)}, set()),
    # deletion the user asks for is their right; deletion after a time is retention
    ("You may ask that your information be removed from our records.", {("delete", False, "personal information", None)},
     {("retain", False, "personal information", None)}),
    ("You can request for your information to be deleted.", {("delete", False, "personal information", None)}, set()),
    ("We share collected data with partners.", {("share", False, "personal information", "Unnamed third party")},
     {("collect", False, "personal information", None)}),
    ("This Privacy Policy applies to how we treat gathered personal information.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    # the law bounding a purpose is no legal purpose; "any purpose" is a purpose of its own
    ("We generally use Other Information for any purpose not prohibited by law.",
     {("use", False, "personal information", "Other")}, {("use", False, "personal information", "Legal requirement")}),
    ("We may use your information to comply with the law.",
     {("use", False, "personal information", "Legal requirement")}, set()),
    # a copy kept is the data the sentence speaks of, kept
    ("When you update your email address, we keep a copy of the prior version for our records.",
     {("retain", False, "email address", None)}, set()),
    ("We keep records of our business.", set(), {("retain", False, "personal information", None)}),
    # data described by where the vendor gets it is collected; data merely described is not again
    ("We may combine any information collected through the Services with other information that we obtain about "
     "you from other companies and sources.", {("collect", False, "personal information", None)}, set()),
    # what the user is told to do if they do not want something done to their data is a choice
    ("If you do not wish certain information to be shared for these purposes, send a letter to our privacy office.",
     {("opt-out", False, "personal information", None)}, set()),
    ("If you do not want to read our newsletter, ignore it.", set(), {("opt-out", False, None, None)}),
    # an opening condition without a comma: the model's relative clause is the main clause
    ("When you enter a contest we collect your name and address.",
     {("collect", False, "name", None), ("use", False, "name", "Additional service/feature")}, set()),
    ("If you have questions about the information we collect.", set(), {("collect", False, "personal information", None)}),
    # a condition hung on a later item of its own list, and on the verb an infinitive complements
    ("For instance, when you enter a sweepstakes, complete a survey, or send us an email, you may be asked to "
     "provide your e-mail address.", {("use", False, "email address", "Additional service/feature")}, set()),
    ("We would share your e-mail with another agency only if your inquiry related to that agency.",
     {("share", False, "email address", "Unnamed third party")}, {("share", False, "user communications", "Unnamed third party")}),
    # the user preventing, limiting or controlling a practice is a choice
    ("You can generally prevent cookies from being used by changing the settings in your web browser.",
     {("opt-out", False, "cookie", None)}, set()),
    ("You can control cookies and tracking tools.", {("opt-out", False, "cookie", None)}, set()),
    ("We take measures to prevent unauthorized access to your data.", set(), {("opt-out", False, "personal information", None)}),
    # verbs listed before a shared object, some read as nouns or adjectives by the model
    ("You can access, correct or delete your personal information at any time.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None),
      ("delete", False, "personal information", None)}, set()),
    ("Users may request to access, update or delete their information.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None),
      ("delete", False, "personal information", None)}, set()),
    ("If you would like to access, review, correct, or update your personal information, you may contact us.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None)},
     {("edit", False, "user communications", None)}),
    # what a list of recipients holds is a document's content, no sharing stated
    ("California residents may request a list of all third parties to which we have disclosed certain personal "
     "information for marketing purposes.", set(), {("share", False, "personal information", "Unnamed third party")}),
    ("We will also give you a list of the third parties that have received your information.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    # an exception that points elsewhere states no practice here; one that names its case does
    ("Except as described in this Privacy Statement, we do not sell or share your personal information with any "
     "other organization.", {("share", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("Your personal information will never be revealed to any third party except the following circumstances:",
     {("share", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("Except as required by law, we do not sell or share your personal information.",
     {("share", True, "personal information", "Unnamed third party"),
      ("share", False, "personal information", "Law enforcement/government")}, set()),
    # the reader told how to correct their data or opt out has that right; told not to share, no practice
    ("Update your account at any time by logging in and changing your profile settings.",
     {("edit", False, "account information", None)}, set()),
    ("Do not share your password with anyone.", set(), {("share", False, "password", "Unnamed third party")}),
    # a wish joined to the if clause's first verb, and data the user would like removed
    ("If you are a member and would like to cancel your membership, log in to your account.",
     {("delete", False, "account information", None)}, set()),
    ("If you would like your personally identifiable information removed from our records, please contact us.",
     {("delete", False, "personal information", None)}, {("retain", False, "personal information", None)}),
    # doing without giving data is the user's choice not to give it, no collection
    ("You may build a model of your choice without providing personally identifiable information.",
     {("opt-out", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    ("We may share your information without notifying you.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # the user asking the vendor to stop is an opt-out; the vendor's promotional emails are no user data
    ("Please contact us if you want us to stop using your information for marketing.",
     {("opt-out", False, "personal information", None)}, set()),
    ("You can ask us to stop sending you promotional emails.", {("opt-out", False, None, None)},
     {("use", False, "user communications", "Marketing")}),
    # security said in other words: restricted servers, a compromised password, a security issue, phishing
    ("All information described above is stored on restricted database servers.",
     {("protect", False, "personal information", None)}, set()),
    ("Please notify us as soon as possible if your user name or password is compromised.",
     {("protect", False, "password", None)}, set()),
    # a bare participle describing what a third party uses is no practice of the vendor
    ("Some advertisers may use demographic data received from third parties to deliver advertising.",
     {("share", False, "demographic information", "Named third party")},
     {("collect", False, "demographic information", None), ("use", False, "demographic information", "Advertising")}),
    # a GPS signal is location data; what it lets the vendor do is its use
    ("Your device's GPS signal allows us to show you the nearest stores.",
     {("use", False, "geolocation", "Basic service/feature")}, set()),
    ("This information may be retrieved by us to manage our Services.", {("collect", False, "personal information", None)}, set()),
    # learning how the service is used is analytics
    ("We use this information to see which pages are most popular.",
     {("use", False, "personal information", "Analytics/Research")}, set()),
    # data a phrase leaves out ("not including", "excluding") is denied; the general data left is what is meant
    ("These companies may use information (not including your name, address or telephone number) about your "
     "visits to this and other Web sites.",
     {("share", True, "name", "Unnamed third party"), ("share", False, "pages visited", "Unnamed third party")},
     {("share", False, "name", "Unnamed third party"), ("share", False, "phone number", "Unnamed third party")}),
    ("We collect information, excluding your payment details, when you visit.",
     {("collect", True, "payment information", None)}, {("collect", False, "payment information", None)}),
    # the antecedent of "(parties) we engage to track" does the tracking
    ("Adobe and Krux are other third parties we engage to track and analyze browsing patterns of our users.",
     {("share", False, "browsing path", "Unnamed third party")}, {("collect", False, "browsing path", None)}),
    # adjectives listed before a data noun are no verb: "anonymous, aggregate information"
    ("First, we collect anonymous, aggregate information from all visitors to the website.",
     {("collect", False, "aggregate information", None)}, {("collect", False, "personal information", None)}),
    ("We collect and aggregate information about visitors.", {("collect", False, "personal information", None)},
     {("collect", False, "aggregate information", None)}),
    # an adverb the model makes the root leaves the main clause to be found again
    ("Second, for the purposes of network security we log IP and device information in logs.",
     {("collect", False, "ip address", None), ("collect", False, "device identifier", None)}, set()),
    # "HTTP" is no HTTPS: cookies named by their protocol are no security measure
    ("HTTP cookies may be used while using our services and products.", {("collect", False, "cookie", None)},
     {("protect", False, None, None)}),
    ("We do not share your data except as noted.", {("share", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    # only a person is contacted through data: not signals sent through a browser, nor sites reached by links
    ("Do Not Track signals are signals sent through a browser informing us that you do not want to be tracked.",
     set(), {("use", False, "browser type", "Basic service/feature")}),
    ("Customers may be contacted at the email address they provided.",
     {("use", False, "email address", "Basic service/feature")}, set()),
    ("Any information you provide in these areas may be read, collected, and used by others who access them.",
     {("share", False, "personal information", "Other users")}, set()),
    # what the policy applies to is its scope, no practice
    ("This online privacy policy applies only to information collected through our website and not to "
     "information collected offline.", set(), {("collect", True, "personal information", None),
                                              ("collect", False, "personal information", None)}),
    ("This policy applies to information we collect, and we never sell your personal information.",
     {("sell", True, "personal information", "Unnamed third party")}, set()),
    # not moving data outside a place keeps it there; not sharing it outside a group is no place
    ("We do not transfer your personal information outside the United States.",
     {("store", False, "personal information", "US")}, {("store", True, "personal information", None)}),
    ("We will not share your personal information outside of our corporate family of companies.",
     {("share", True, "personal information", "Unnamed third party")}, set()),
    # a brochure or catalogue mailed on request is an additional feature the data serves
    ("If you request that we mail you a brochure, we will ask you for your name and address.",
     {("use", False, "name", "Additional service/feature")}, set()),
    ("We use this information to gauge the effectiveness of our marketing campaigns.",
     {("use", False, "personal information", "Analytics/Research")}, set()),
    ("We use cookies to enhance the experience on our site.", {("use", False, "cookie", "Personalization/Customization")},
     set()),
    ("We may use your address to contact you about fundraising.", {("use", False, "postal address", "Marketing")}, set()),
    # the cases in which the vendor shares state that it shares; partners monitoring data receive it
    ("These are the instances in which we will share users personal information:",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    ("Our business partners assist us with monitoring information about visitors.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # data that must be supplied, to nobody named, is given to the vendor; given to partners, it is shared
    ("A unique email address must be supplied to register.", {("collect", False, "email address", None)}, set()),
    ("Your data is provided to our partners.", {("share", False, "personal information", "Unnamed third party")},
     {("collect", False, "personal information", None)}),
    # an email sent to the user goes to their address and is no communication of theirs; one they send us is
    ("We might send users an email if our service is suspended for maintenance.",
     {("use", False, "email address", "Basic service/feature")}, {("use", False, "user communications", "Basic service/feature")}),
    ("When you send us an email with your questions, we keep a copy of it.",
     {("collect", False, "user communications", None)}, set()),
    # where a cookie is placed is no data: "on your browser", "on your computer"
    ('Our third-party advertiser may place or recognize a unique "cookie" on your browser.',
     {("share", False, "cookie", "Named third party")}, {("share", False, "browser type", "Named third party")}),
    ("We collect information on your browser type.", {("collect", False, "browser type", None)}, set()),
    # more ways of dating the policy
    ("Revision Date: March 24th 2015", {("policy-change", False, None, None)}, set()),
    ("Updated as of May 2014", {("policy-change", False, None, None)}, set()),
    ("Our new Privacy Policy is effective on January 19, 2013.", {("policy-change", False, None, None)}, set()),
    ("Updated information about cookies is below.", set(), {("policy-change", False, None, None)}),
    # telling the user before data is used in ways the policy does not describe is how practices change
    ("If we decide to use your information in a way not described here, we will contact you beforehand.",
     {("policy-change", False, None, None)}, set()),
    ("We will contact you about your order.", set(), {("policy-change", False, None, None)}),
    ("You may opt out of receiving our messages in the future by contacting us as described at the end of this policy.",
     {("opt-out", False, None, None)}, {("policy-change", False, None, None)}),
    ("Users will be notified by email before we use personal information in a manner not described in this policy.",
     {("policy-change", False, None, None)}, set()),
    # what an event or a finding supposes is hypothetical: no practice of its own
    ("In the event that we learn that we have collected personal information from a child under age 13, we will "
     "delete that information.", {("delete", False, "personal information", None)},
     {("collect", False, "personal information", None)}),
    ("If we become aware that information has been submitted by a child under the age of 13, we will delete it.",
     set(), {("collect", False, "personal information", None)}),
    # a verb that goes on from a clause with a subject is no order to the reader: a negated lead-in does not reach it
    ("We do not disclose your information to others, except as provided herein:\n\n"
     "- For example, we must release your credit card information to the card-issuing bank; release your address "
     "information to the delivery service; and provide order information to third parties.",
     {("share", False, "credit card number", "Named third party"), ("share", False, "postal address", "Unnamed third party")},
     {("share", True, "credit card number", "Named third party"), ("share", True, "postal address", "Unnamed third party")}),
    # what tracking tools are used for is a practice, in the passive too; aggregate figures are analytics
    ("Cookies are used to track usage patterns, traffic trends and customer behavior.",
     {("collect", False, "pages visited", None), ("collect", False, "browsing path", None)}, set()),
    ("We use this information to determine aggregate information about usage patterns.",
     {("use", False, "personal information", "Analytics/Research")},
     {("use", False, "personal information", "Basic service/feature")}),
    # an indirect question that a document explains or a request names as its topic states nothing
    ("This Privacy Policy discloses what information we gather, how we use it and to whom we disclose personal "
     "information.", set(), {("collect", False, "personal information", None),
                             ("share", False, "personal information", "Unnamed third party")}),
    ("California law gives you the right to request information as to how we have shared your personal information "
     "with third parties.", set(), {("share", False, "personal information", "Unnamed third party")}),
    ("You can choose what information we share with advertisers.",
     {("share", False, "personal information", "Named third party")}, set()),
    ("We will describe them to you when we collect the information.",
     {("collect", False, "personal information", None)}, set()),
    ("Our company knows that you care how information about you is used and shared.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    ("That is why we will never knowingly request personal information from minors.",
     {("collect", True, "personal information", None)}, set()),
    # data transferred to other countries is stored abroad, not shared with anyone
    ("We may transfer your information to other countries.", {("store", False, "personal information", None)},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We recognize the importance of maintaining the security of your personal information.",
     {("protect", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    ("The provisions below provide information as to the nature, scope and purpose for collecting personal data.",
     set(), {("collect", False, "personal information", None)}),
    # data placed in a database is stored there; what a kind of data includes, in a second clause too
    ("All personal information collected at the booth, including name and email address, is placed in a database.",
     {("store", False, "name", None), ("store", False, "email address", None)}, set()),
    ("The information required to use our services varies from service to service but may include your name and "
     "phone number.", {("collect", False, "name", None), ("collect", False, "phone number", None)}, set()),
    ("We use a credit card processing company to bill users.", {("share", False, "personal information", "Unnamed third party")},
     {("use", False, "credit card number", "Basic service/feature"), ("share", False, "credit card number", "Unnamed third party")}),
    # a clause that names the thing says what it is: "files called cookies" are cookies
    ("We use small files called cookies to remember you.",
     {("collect", False, "cookie", None), ("use", False, "cookie", "Personalization/Customization")}, set()),
    # "provide X with Y": X receives Y, wherever the parser hangs "with Y"
    ("We may provide advertisers and other third parties with general, aggregate usage data.",
     {("share", False, "pages visited", "Named third party")}, set()),
    # data said outright to be safe is kept safe; a doubt, a condition or a dummy "it" is no safeguard
    ("At Acme, your personal information is safe.", {("protect", False, "personal information", None)}, set()),
    ("If you believe that your account is no longer secure, please notify us.", set(),
     {("protect", False, "account information", None)}),
    ("So it is safe for you to look through the rules.", set(), {("protect", False, "personal information", None)}),
    # "not ... without" is a condition: the choice is given; a choice given is no data used
    ("We will not share your data without giving you the opportunity to opt out.",
     {("share", True, "personal information", "Unnamed third party"), ("opt-out", False, None, None)},
     {("opt-out", True, None, None), ("use", False, None, "Basic service/feature")}),
    ("You can visit our site without revealing any personal information.", set(),
     {("share", False, "personal information", "Unnamed third party"), ("collect", False, "personal information", None)}),
    # shown to other users is shared with them, not told to the user; ads displayed show no data
    ("Your username may be displayed to other users.", {("share", False, "username", "Other users")}, set()),
    ("Within the Google ad network, advertisements tailored to their interests can be displayed on our site.", set(),
     {("share", False, "personal information", "Named third party")}),
    # a party required to act is no data asked for, even when the party is described by the data it can reach
    ("Any employee with access to personally-identifying information is required to protect this information.",
     {("protect", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    # knowing is collecting only where the vendor comes to know; a practice had done, spoken about as a topic
    # ("choices about not having it used"), is no denial
    ("If you would like to know your choices about not having this information used by these companies, click here.",
     set(), {("collect", False, "personal information", None),
             ("share", True, "personal information", "Unnamed third party")}),
    ("There is no way to access personal information without knowing the login credentials.", set(),
     {("collect", True, "password", None)}),
    ("When you place an order, we need to know your name and mailing address.",
     {("collect", False, "name", None), ("collect", False, "postal address", None)}, set()),
    ("We encourage you to read the policy below so that you know how we collect and use the information you provide.",
     set(), {("collect", False, "personal information", None)}),
    # keeping something that is no data is what the tool is for, a purpose of its own
    ("We use cookies to save your settings.", {("use", False, "cookie", "Basic service/feature")}, set()),
    # what the vendor says it is (not) responsible for is no practice of its own
    ("We are not responsible for circumvention of any privacy settings or security measures we provide.", set(),
     {("opt-out", True, None, None), ("opt-out", False, None, None)}),
    ("We are not responsible for the functionality, privacy, or security measures of any other organization.", set(),
     {("protect", False, None, None)}),
    # the items after "we do not disclose it, except as provided herein:" are the cases where it is disclosed
    ("We do not sell, trade, rent or disclose your information to others, except as provided herein:\n\n"
     "- This includes exchanging information with other companies for the purposes of fraud protection.",
     {("share", False, "personal information", "Unnamed third party"),
      ("use", False, "personal information", "Service operation and security")},
     {("share", True, "personal information", "Unnamed third party"),
      ("sell", False, "personal information", "Unnamed third party")}),
    # the opening condition ends at its comma: the main clause after it is no hypothesis
    ("If at any time we collect it, we may use your email address to send you news about our products.",
     {("use", False, "email address", "Marketing")}, set()),
    # a purpose phrase that ends in a data phrase ("track the use of the site") is still a purpose
    ("We may use non-personal information to track the use of the Website.",
     {("use", False, "non-personal information", "Analytics/Research")}, set()),
    # a choice to supply data in a clause of time is when the data comes, no choice offered
    ("Once you choose to provide us with personal information, this information may be linked to the data "
     "stored in the cookie.", {("collect", False, "personal information", None)},
     {("opt-out", False, "cookie", None), ("opt-out", False, None, None)}),
    # wishing to delete or change one's own data is the right to, even beside the word "settings"
    ("If you would like to delete, modify or update the data that you provided via the online services please "
     "use the settings on the online services.",
     {("delete", False, "personal information", None), ("edit", False, "personal information", None)},
     {("opt-out", False, None, None)}),
    # a definition of the data names what is collected; a definition of a tracking tool does not
    ("Demographic information is information that is not unique to you, such as your ZIP code, age and gender.",
     {("collect", False, "zip code", None), ("collect", False, "age", None), ("collect", False, "gender", None)},
     set()),
    ("A cookie is a small text file that stores your preferences.", set(),
     {("collect", False, "cookie", None), ("collect", False, "interests and preferences", None)}),
    # "make use of" is "use", its data under the noun
    ("We make use of cookies to remember your preferences.",
     {("use", False, "cookie", "Personalization/Customization")}, set()),
    # "they", the main clause's subject after an opening phrase, are the third parties just named
    ("We partner with third party ad networks to manage our advertising. As part of their service, they place "
     "cookies on your computer.", {("share", False, "cookie", "Named third party")}, {("collect", False, "cookie", None)}),
    # usage and navigation phrases are online activities
    ("We record click-throughs, the pages you see and the amount of time you spend on each page.",
     {("collect", False, "links clicked", None), ("collect", False, "pages visited", None),
      ("collect", False, "access time", None)}, set()),
    # data said to be optional is asked for
    ("You will be asked for your name and address. Your email address is optional.",
     {("collect", False, "email address", None)}, set()),
    ("Providing your phone number is your choice.", {("collect", False, "phone number", None)}, set()),
    # the opening infinitive of an instruction is the reader's aim: the reader receives the emails
    ("To stop receiving emails, complete the form on our website.", {("opt-out", False, "user communications", None)},
     {("collect", False, "user communications", None)}),
    # an instruction to the reader offers the right it names
    ("To request removal of your personal information from our forum, contact us at support@example.com.",
     {("delete", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    # what a message sent to the user is about is no data of the user's that is used
    ("We might send you emails about your account.", {("use", False, "email address", "Basic service/feature")},
     {("use", False, "account information", "Basic service/feature")}),
    ("We may use your email address to send you notices about your account.",
     {("use", False, "email address", "Basic service/feature")}, set()),
    # "it" stands for the data object of the verb its clause goes on from, not the sentence before's data
    ("We collect your email address. We may use your health information or share it with others to treat you.",
     {("share", False, "health information", "Unnamed third party")},
     {("share", False, "email address", "Unnamed third party")}),
    # a relative clause on the receiver of a denied sharing shares nothing
    ("We do not share your email address with companies that would use it to contact you about their products.",
     {("share", True, "email address", "Unnamed third party")}, {("share", False, "email address", "Unnamed third party")}),
    # what a supposed change would bring about is supposed too
    ("If we make material revisions to the way we use your personal information so that we are sharing it with "
     "third parties, we will post the changes to this policy.", {("policy-change", False, None, None)},
     {("share", False, "personal information", "Unnamed third party")}),
    # how others use data, as something the vendor does not control, states no practice of theirs
    ("We have no control over how a third party uses the personal information that you provide to it.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    ("We cannot control how third parties may use personal information you disclose to them.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    # a thing's name is no person's name
    ("We collect the name of the domain from which you access the internet.", set(), {("collect", False, "name", None)}),
    ("We ask you for the name and email address of your friend.", {("collect", False, "name", None)}, set()),
    ("We log the name of your Internet service provider.", set(), {("collect", False, "name", None)}),
    # under a heading on use, a line that opens with a purpose but has a subject of its own says more than why
    ("How We Use Your Information\n\nWe collect your email address.\n\nTo do this, an aggregation provider may "
     "request access to your password.", {("collect", False, "email address", None)},
     {("use", False, "password", "Basic service/feature")}),
    # what the reader is told to see to is the reader's doing; what the reader is told to note is the vendor's
    ("Make sure others are not watching you enter your password on your keyboard.", set(),
     {("collect", False, "password", None)}),
    ("Please note that we may share your email address with our partners.",
     {("share", False, "email address", "Unnamed third party")}, set()),
    # told how to delete one's own account: the right to delete, no opt-out
    ("To delete your account, sign in and follow the instructions.", {("delete", False, "account information", None)},
     {("opt-out", False, "account information", None)}),
    # an indirect question after "aware of" and a gerund after "related to" name topics, no practice
    ("We post changes here so that our users are always aware of what information we collect and how we disclose it.",
     set(), {("share", False, "personal information", "Unnamed third party"), ("collect", False, "personal information", None)}),
    ("The law lets customers ask about our practices related to disclosing personal information to third parties.",
     set(), {("share", False, "personal information", "Unnamed third party")}),
    ("Regardless of where you provide information to us, the information may be transferred to the United States.",
     {("collect", False, "personal information", None)}, set()),
    # detecting fraud, managing credit risk and verifying identity keep the service safe
    ("We use your information to detect fraud and for credit risk management.",
     {("use", False, "personal information", "Service operation and security")}, set()),
    # franchises are third parties that receive what is forwarded to them
    ("Complaints submitted to us will be forwarded to the franchised location, along with any contact information "
     "you provide.", {("share", False, "contact information", "Named third party")}, set()),
    # what the user may ask the vendor to do to their data is the user's right
    ("You can ask us to change or update other personal information about you.",
     {("edit", False, "personal information", None)}, set()),
    ("You may request that we delete your account.", {("delete", False, "account information", None)}, set()),
    # what the reader is provided with: access to their data
    ("We provide online visitors with access to their personal information.",
     {("access", False, "personal information", None)}, set()),
    ("We provide users with the ability to delete their account.", {("delete", False, "account information", None)},
     set()),
    # a review or an inspection of one's records is access
    ("You have the right to inspect your health information.", {("access", False, "health information", None)}, set()),
    ("To request a review of your account information, please call us.",
     {("access", False, "account information", None)}, set()),
    # the policy changes: amended "them" (the terms and the policy), or a line that dates its last edit
    ("By using the website, you agree to be bound by the Terms of Use and Privacy Policy, as we may amend them at "
     "any time.", {("policy-change", False, None, None)}, set()),
    ("Last Edited on 10/2014", {("policy-change", False, None, None)}, set()),
    # consenting to the terms of a policy accepts a text; consenting to a practice is opt-in
    ("By using our services, you consent to the terms of the updated privacy policy.", set(),
     {("opt-in", False, None, None)}),
    ("By using this service, you consent to our collection of your location information.",
     {("opt-in", False, "geolocation", None)}, set()),
    # permission obtained from others is no consent of the user's; "user(s)" is the user
    ("Permission to use these images should be obtained directly from those organizations.", set(),
     {("opt-in", False, None, None)}),
    ("We will not share your information unless we have received explicit authorization from the user(s).",
     {("opt-in", False, "personal information", None)}, set()),
    # the user or a child seeking someone's consent is no consent the vendor asks for; a noun's owner
    # does its infinitive ("your decision to use": you use)
    ("Please note that it is your responsibility to obtain permission before making use of this material.",
     set(), {("opt-in", False, None, None)}),
    ("Children should always obtain parental consent before releasing personal information to any web site.",
     set(), {("opt-in", False, "personal information", None)}),
    ("We will obtain your consent before we share your contact information with advertisers.",
     {("opt-in", False, "contact information", None)}, set()),
    ("Your decision to use a social networking service in connection with our service is voluntary.", set(),
     {("share", False, "personal information", "Named third party")}),
    # a third party given access to data receives it, even where the parser fuses it into "access"; another
    # party's keeping is no retention of the vendor's
    ("We may give our service providers access to your personal information.",
     {("share", False, "personal information", "Service provider/agent")}, set()),
    ("We may give consultants and organizations working with us on specific projects temporary access to "
     "information about people who make donations.",
     {("share", False, "personal information", "Service provider/agent")}, set()),
    ("These companies do not retain, share, store or use personally identifiable information for any secondary "
     "purposes.", set(), {("retain", False, "personal information", None)}),
    ("We retain your personal information for as long as your account is active.",
     {("retain", False, "personal information", None)}, set()),
    # a relative clause on a thing ("for which") states the vendor's practice on data of its own; special
    # and location-based services are additional features
    ("We offer several services for which we collect your email address.",
     {("collect", False, "email address", None)}, set()),
    ("Any company to whom you provide your username and password may see your account.", set(),
     {("collect", False, "username", None)}),
    ("Sometimes we ask for personal information when providing special features and services.",
     {("use", False, "personal information", "Additional service/feature")}, set()),
    ("If you use our location-based services, we collect your precise location.",
     {("use", False, "geolocation", "Additional service/feature")}, set()),
    # each conjunct after "but not" is denied, not only the first; gameplay, browsing information, ads viewed
    # and the page being visited are online activities
    ("We collect your IP address, but not your name or email address.",
     {("collect", False, "ip address", None), ("collect", True, "email address", None)},
     {("collect", False, "email address", None)}),
    ("We collect not only your name but also your email address.",
     {("collect", False, "name", None), ("collect", False, "email address", None)}, set()),
    ("Information about your visits, such as the number of times you have viewed an ad (but not your name, "
     "address, or other personal information), is used to serve ads to you.",
     {("use", False, "advertisement clicks", "Advertising")}, {("use", False, "postal address", "Advertising")}),
    ("The Company may receive information regarding your gameplay.", {("collect", False, "browsing path", None)},
     set()),
    ("These features may collect which page you are visiting on our site.",
     {("collect", False, "pages visited", None)}, set()),
    # third parties listed beside "We" act too, even where the parser takes them for an apposition
    ("We, our third-party suppliers and the web sites of advertisers may use cookies to collect information.",
     {("collect", False, "cookie", None), ("share", False, "cookie", "Service provider/agent")}, set()),
    # redirecting a message shares it; redirecting or transferring the user gives no data; scanning for
    # vulnerabilities is a security measure
    ("We may redirect your message to another government agency who is in a better position to answer it.",
     {("share", False, "user communications", "Law enforcement/government")}, set()),
    ("You may be transferred to another website.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    ("We may redirect you to our partner's site.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    ("Our website is scanned on a regular basis for security holes and known vulnerabilities.",
     {("protect", False, None, None)}, set()),
    # using one's best efforts to do something is a commitment to do it, no use of data
    ("We will use our best efforts not to disclose personal information that you provide, such as your name or "
     "email address, to any outside parties.", {("share", True, "email address", "Unnamed third party")}, set()),
    ("Acme uses reasonable efforts to protect your personal information.",
     {("protect", False, "personal information", None)}, set()),
    # the vendor's own address is where to reach it, no data of the user's; videos watched are activities
    ("You may also submit questions or comments using the postal address listed below.", set(),
     {("collect", False, "postal address", None)}),
    ("You may send your questions to our email address.", set(), {("collect", False, "email address", None)}),
    ("We may also provide our service providers with lists of our user email addresses.",
     {("share", False, "email address", "Service provider/agent")}, set()),
    ("We collect information about the videos you watch on our site.", {("collect", False, "pages visited", None)},
     {("collect", False, "user communications", None)}),
    # giving links, services or care gives no data; what a policy describes (even where the parser hangs the
    # questions on the verb as clauses of time) is no practice
    ("We may provide links to third party sites, such as credit bureaus or merchants.", set(),
     {("share", False, "personal information", "Unnamed third party"),
      ("share", False, "links clicked", "Unnamed third party")}),
    ("We provide some services and products through third parties.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    ("We will not sell to third parties.", {("sell", True, "personal information", "Unnamed third party")}, set()),
    ("The privacy policy describes the kinds of information we may gather during your visit, how we use your "
     "information, when we might disclose your information, and how you can correct it.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    ("When we collect your email address, we use it to send you newsletters.",
     {("collect", False, "email address", None)}, set()),
    # "in order to" places no order; gerunds listed after a purpose clause go on with it
    ("In order to make our advertising useful, we may use information about your relationship with us.",
     {("use", False, "personal information", "Advertising")},
     {("use", False, "personal information", "Basic service/feature")}),
    ("We use your personal information in order to administer our business activities, communicating with you "
     "on-line, providing customer service and offering other products to our customers.",
     {("use", False, "personal information", "Basic service/feature"),
      ("use", False, "personal information", "Marketing")}, set()),
    ("We use your name in order to process your order.", {("use", False, "name", "Basic service/feature")}, set()),
    # not being in the business of doing it is not doing it
    ("We are not in the business of selling your information to others.",
     {("sell", True, "personal information", "Unnamed third party")},
     {("sell", False, "personal information", "Unnamed third party")}),
    # who receives it is said in the verb's own clause, not in its purpose ("communicating with you")
    ("We supply your contact information to third parties such as marketers for the purpose of sending you e-mail "
     "or otherwise communicating with you.", {("share", False, "contact information", "Unnamed third party")},
     {("use", False, "contact information", "Basic service/feature")}),
    # the subject the parser hangs on an opening clause is the main clause's
    ("When you visit a page that includes one of these sharing tools, the third-party company that operates the "
     "tool may be collecting information about your browser.", {("share", False, "browser type", "Unnamed third party")},
     {("collect", False, "browser type", None)}),
    # the quality of the data kept is a safeguard, or no practice at all
    ("We keep the confidentiality of your personal information.", {("protect", False, "personal information", None)},
     {("retain", False, "personal information", None)}),
    ("We will preserve the security of your personal information.",
     {("protect", False, "personal information", None)}, {("retain", False, "personal information", None)}),
    # the vendor deleting data after something has happened, or within a time, is how long it keeps it
    ("We will respond to your inquiry and delete the information provided after your request has been fulfilled.",
     {("retain", False, "user communications", None)}, {("delete", False, "user communications", None)}),
    ("We delete log files within 30 days.", {("retain", False, "server logs", None)}, set()),
    ("We will delete all your registration data.", {("delete", False, "registration data", None)}, set()),
    ("We will take reasonable steps to verify your identity before granting access to your personal information.",
     {("protect", False, "personal information", None)}, set()),
    # the user given or having access to their data has that right; staff with access is no right
    ("We give you access to information about your account.", {("access", False, "account information", None)}, set()),
    ("You have access to your account information at any time.", {("access", False, "account information", None)},
     set()),
    ("Our employees have access to your information.", set(), {("access", False, "personal information", None)}),
    # a copy or summary of the user's data given to the user is access; a participle saying which data is no retention
    ("Upon request, we will provide to the visitor a summary of any personally identifiable information retained by "
     "us regarding the visitor.", {("access", False, "personal information", None)},
     {("retain", False, "personal information", None), ("use", False, "personal information", "Basic service/feature")}),
    ("Information retained by us is kept for two years.", {("retain", False, "personal information", None)}, set()),
    # a third party giving the vendor data is the vendor collecting it; giving it services is not
    ("The third-party social media site will give us certain information about you.",
     {("collect", False, "personal information", None)}, set()),
    ("Third parties may send us your email address.", {("collect", False, "email address", None)}, set()),
    # the vendor's affiliates are its affiliates; what is disclosed publicly goes to the public
    ("We would like to share your personal information with one or more Acme affiliates.",
     {("share", False, "personal information", "Other part of company/affiliate")}, set()),
    ("We may publicly disclose aggregated information about our users.",
     {("share", False, "aggregate information", "Public")}, {("share", False, "aggregate information", "Unnamed third party")}),
    # what a verb acting on something other than data is "regarding" is a topic, no data
    ("This website does not recognize automated browser signals regarding tracking mechanisms and preferences.",
     set(), {("collect", True, "interests and preferences", None), ("collect", False, "interests and preferences", None)}),
    ("We may also compile information regarding site traffic.", {("collect", False, "pages visited", None)}, set()),
    # what an enabler lets be done to data is a use of that data too
    ("This cookie allows your e-mail address to be pre-populated, so that you only need to type your password.",
     {("use", False, "email address", "Basic service/feature"), ("use", False, "cookie", "Basic service/feature")},
     set()),
    # what will not happen if the user refuses is a consequence, no promise
    ("If you do disable cookies, our Websites will not recognize you.", set(), {("collect", True, "cookie", None)}),
    ("If you decline cookies, we will not collect your browsing history.", {("opt-out", False, "cookie", None)},
     {("collect", True, "browsing path", None)}),
    ("If you stop using the service, we will not delete your data.", {("delete", True, "personal information", None)},
     set()),
    # tools or ways given to the user to choose or control are a choice; ways to contact the vendor are not
    ("We give you several tools to control how we use your information.",
     {("opt-out", False, "personal information", None)}, set()),
    ("We offer you several ways to contact us.", set(), {("opt-out", False, None, None)}),
    # a name the model hangs on the verb as a compound is its subject: a third party acts
    ("Google Analytics tracks and analyzes non-personally identifiable information about the browsing patterns of "
     "users.", {("share", False, "browsing path", "Named third party")}, {("collect", False, "browsing path", None)}),
    # an aim named with what it is to achieve, and a "for" the parser joins to the verb, give purposes
    ("We collect information about you in an effort to improve your shopping experience and to tell you about our "
     "promotions.", {("use", False, "personal information", "Personalization/Customization"),
                   ("use", False, "personal information", "Marketing")}, set()),
    ("We use cookies with the goal of improving the site.", {("use", False, "cookie", "Analytics/Research")}, set()),
    ("In terms of our own use of information, we may use your personally identifiable information for the "
     "activities described in the previous sections, and for internal purposes and marketing purposes.",
     {("use", False, "personal information", "Marketing")}, set()),
    # statistics made from data are what it is for; technical problems are the service's operation
    ("We use persistent cookies to track aggregate and statistical information about user activity.",
     {("use", False, "cookie", "Analytics/Research")}, set()),
    ("We may record limited information for every search request and use that information to solve technical "
     "problems with the services.", {("use", False, "personal information", "Service operation and security")},
     set()),
    # a word is looked up as written before its lemma: "mailing" is not the verb "mail"
    ("We collect names, mailing addresses and e-mail addresses.",
     {("collect", False, "postal address", None), ("collect", False, "email address", None)}, set()),
    # "in response to" gives the purpose; a service word qualified by a more specific one gives way to it
    ("We may access, preserve and share your information in response to a legal request.",
     {("share", False, "personal information", "Law enforcement/government"),
      ("use", False, "personal information", "Legal requirement")},
     {("use", False, "personal information", "Basic service/feature")}),
    # features, widgets and tags on the site act for the vendor that runs them
    ("These features may collect your IP address and may set a cookie to enable the feature to function properly.",
     {("collect", False, "ip address", None), ("collect", False, "cookie", None)}, set()),
    ("A pixel tag can collect information such as the IP address of the computer that downloaded the page.",
     {("collect", False, "ip address", None)}, set()),
    # taking care ("use reasonable efforts") uses no data
    ("We will use reasonable measures to help ensure that any successor treats your information in accordance with "
     "this Policy.", set(), {("use", False, "personal information", "Basic service/feature")}),
    ("We will use reasonable efforts to notify you by email.", set(), {("use", False, "email address", "Basic service/feature")}),
    # "in such event" after "be aware that" is no "in the event that"; people and buyers receive data
    ("As a result, please be aware that in such event we may transfer some or all of your information to the "
     "purchaser.", {("share", False, "personal information", "Unnamed third party")}, set()),
    ("We may also provide your physical mailing address (but not your email address) to people who will send you "
     "promotional mailings about their products and services.",
     {("share", False, "postal address", "Unnamed third party"), ("share", True, "email address", "Unnamed third party")},
     {("share", False, "email address", "Unnamed third party")}),
    # a verb with no object of its own shares the next clause's; a third party the vendor works with to
    # collect takes part and gets the data
    ("We may collect, or our third party ad server may collect, certain non-personally identifiable information.",
     {("collect", False, "non-personal information", None),
      ("share", False, "non-personal information", "Named third party")}, set()),
    ("We also work with third parties, such as Facebook and Twitter, to collect certain user data through our "
     "website.", {("collect", False, "personal information", None),
                  ("share", False, "personal information", "Named third party")}, set()),
    ("We work with our team to collect your feedback.", {("collect", False, "user communications", None)},
     {("share", False, "user communications", "Unnamed third party")}),
    # notices about an account announce no change of the policy; a notice does
    ("We use information to: (vi) give Pure Chat Customers notices about your account/subscription, including "
     "expiration and renewal notices; (vii) carry out our obligations; (viii) notify Pure Chat Customers when updates "
     "are available, and of changes to any products or services we offer or provide through the Site.", set(),
     {("policy-change", False, None, None)}),
    ("We will post a notice on our website if we change this policy.", {("policy-change", False, None, None)}, set()),
    # accessing something on an occasion ("when you access ... their content") is no right; wanting to is
    ("When you access or use the Site, or access their content, certain third parties may use automatic information "
     "collection technologies to collect information about you.",
     {("share", False, "personal information", "Unnamed third party")}, {("access", False, "user communications", None)}),
    ("When you want to access your data, contact us.", {("access", False, "personal information", None)}, set()),
    # technologies act for whoever uses them
    ("We use analytic and reporting technologies to record information such as your operating system.",
     {("collect", False, "operating system", None)}, set()),
    ("We do not authorize these third party network advertisers to use this technology to collect personal "
     "information about you.", {("share", True, "personal information", "Named third party")},
     {("collect", True, "personal information", None)}),
    # a finite verb is no conjunct of a participle; "it" in an if clause is the data named before it there
    ("If you are concerned about the accuracy of personally identifiable information maintained by Acme or wish to "
     "review, access, correct or delete it, please contact us.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None),
      ("delete", False, "personal information", None)}, set()),
    ("If you have voluntarily submitted personal information to us and wish to review, update, correct or delete it, "
     "please email your request to us.",
     {("access", False, "personal information", None), ("delete", False, "personal information", None)}, set()),
    # what is sent to the user is no data of theirs; what they supplied on the condition is what is used
    ("If you supply Acme with your postal address, we may send you periodic mailings with information on new "
     "products, surveys or other materials.", {("use", False, "postal address", "Marketing")},
     {("use", False, "survey responses", "Marketing")}),
    ("We may send you a copy of your personal information.", {("access", False, "personal information", None)}, set()),
    # the account one registers or opens is made, not collected; cancelling it still bears on its data
    ("When you register an account, we ask you to provide a unique email address and password.",
     {("collect", False, "email address", None)}, {("collect", False, "account information", None)}),
    # displaying an advertisement shows no data, whatever it was chosen by
    ("Based upon the aggregated and non-identifying information we have collected, we may then display the "
     "advertisement to the intended audience.", set(), {("share", False, "non-personal information", "Public")}),
    ("We may post your name on our website.", {("share", False, "name", "Public")}, set()),
    # "to have X corrected or to have Y deleted": the second "have" is no purpose of the first, and the user has it done
    ("Please note that you have the right to have incorrect data corrected or to have personal data deleted.",
     {("delete", False, "personal information", None)}, set()),
    # where the vendor's servers are is where the data is kept; data the user transfers to a country goes there
    ("Our servers are located in the top quality US data centers.", {("store", False, "personal information", "US")},
     set()),
    ("We host our databases in Germany.", {("store", False, "personal information", "DE")}, set()),
    ("Our offices are located in Texas.", set(), {("store", False, "personal information", "US")}),
    ("Please note that you are transferring your personal data to the United States to us.",
     {("store", False, "personal information", "US"), ("collect", False, "personal information", None)}, set()),
    ("Personally identifiable information may be transferred outside of your home country as part of our provision "
     "of services to you.", {("store", False, "personal information", None)}, set()),
    # a conjunct whose own auxiliary turns the polarity is a clause of its own, sharing only the subject
    ("The information that is collected through these image files is not personally identifiable and is used only "
     "to track responses to our advertising.", {("use", False, "personal information", "Advertising")},
     {("use", True, "personal information", "Advertising")}),
    ("The Company will not receive personal information such as your name, but may receive other information such "
     "as your IP address.", {("collect", True, "name", None), ("collect", False, "ip address", None)},
     {("collect", False, "name", None), ("collect", True, "ip address", None)}),
    ("We do not participate in tracking networks and do not intentionally or knowingly allow other parties to "
     "collect personally-identifiable information about you.",
     {("share", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We also collect information from outside sources that may include, but is not limited to, your driving "
     "record and medical information.", {("collect", False, "health information", None)}, set()),
    # what is collected in connection with an additional feature serves it
    ("On occasion, we may collect personal information from users in connection with optional listservs and e-mail "
     "newsletters.", {("use", False, "personal information", "Additional service/feature")}, set()),
    # an occasion that names what the data is for gives that purpose; registering serves no purpose of its own
    ("When you sign up to receive our promotional offers, we collect your email address.",
     {("collect", False, "email address", None), ("use", False, "email address", "Marketing")}, set()),
    ("When you register for an account, we collect your name.", {("collect", False, "name", None)},
     {("use", False, "name", "Basic service/feature")}),
    # data given "to the Company" goes to the vendor
    ("Certain membership information may be transferred automatically to the Company when you link your "
     "membership with your social network account.", {("collect", False, "account information", None)},
     {("share", False, "account information", "Unnamed third party")}),
    # what a clause under a count noun acts on is not counted
    ("However, there are a number of circumstances in which you may supply us with your personally identifiable "
     "information, including when you subscribe to our publications.",
     {("collect", False, "personal information", None)}, set()),
    # "and the like" is an idiom, not the user's likes
    ("Acme shall be free to use any such suggestions, comments, concepts and the like for any purpose whatsoever.",
     {("use", False, "user communications", "Other")}, {("use", False, "interests and preferences", "Other")}),
    # data the vendor performs analyses of is used for analytics
    ("We perform statistical analyses of our server logs to study the use and popularity of various areas of our "
     "site.", {("use", False, "server logs", "Analytics/Research")}, set()),
    # a browser set to accept cookies is configured; nothing is placed, and the browser is no data collected
    ("Most browsers are initially set to accept cookies, but you can change your settings to block cookies.",
     {("opt-out", False, "cookie", None)}, {("collect", False, "browser type", None)}),
    ("We may set a cookie to enable the feature to function properly.", {("collect", False, "cookie", None)}, set()),
    # what the user gives a third party goes to that party, not to the vendor
    ("You may provide your name and email address to our service providers when you order.",
     {("share", False, "name", "Service provider/agent")}, {("collect", False, "name", None)}),
    ("When you provide your email address to us, we send you a newsletter.",
     {("collect", False, "email address", None)}, set()),
    # what a tracking tool in use takes, its user takes; data a tool took is only described
    ("We use technologies that automatically collect your IP address.", {("collect", False, "ip address", None)},
     set()),
    ("We use a variety of technologies which collect your IP address when you visit.",
     {("collect", False, "ip address", None)}, set()),
    ("The information that cookies collect is anonymous.", set(), {("collect", False, "personal information", None)}),
    # data given to a receiver named as the indirect object is shared; an email sent to a friend is no data of yours
    ("When we do this, we do not give that business your name and address.",
     {("share", True, "name", "Unnamed third party"), ("share", True, "postal address", "Unnamed third party")}, set()),
    ("We will automatically send the friend a one-time email inviting them to visit the site.", set(),
     {("share", False, "user communications", "Unnamed third party")}),
    # a relative clause on the receivers ("who offer things of interest to you") does not make the user receive
    ("We may provide your location information to third parties who provide goods or services that we believe may "
     "be of interest to you.", {("share", False, "geolocation", "Unnamed third party")}, set()),
    # a family or group of companies is the vendor's own group, whoever heads it
    ("We will share information within the Live Nation family of companies.",
     {("share", False, "personal information", "Other part of company/affiliate")},
     {("share", False, "personal information", "Unnamed third party")}),
    # "parents" listed with subsidiaries and affiliates are companies, not a child's parents
    ("Information obtained from resumes may be shared within the Company by parents, subsidiaries, or affiliates.",
     {("share", False, "occupation", "Other part of company/affiliate")},
     {("collect", False, "personal information", None)}),
    # a list of indirect questions the parser joins to the main verb is still a list of questions
    ("We collect your email address. If we change our privacy policy, we will post those changes on this page so our "
     "users are always aware of what information we collect, how we use it, and under what circumstances, if any, we "
     "disclose it.", {("policy-change", False, None, None)}, {("share", False, "email address", "Unnamed third party")}),
    ("This policy explains what we collect, and we share your email address with advertisers.",
     {("share", False, "email address", "Named third party")}, set()),
    # the user asking someone else not to do something is no opt-out the vendor offers
    ("Accordingly, you should tell them not to do so.", set(), {("opt-out", False, None, None)}),
    ("Please tell the Company not to share your email address.", {("opt-out", False, "email address", None)}, set()),
    # a list of the user's own security habits states no practice, even where the parser breaks the list of means
    ("You can help protect your personal information by using a combination of letters and numbers in your password, "
     "changing your password often, using a secure web browser, and signing off when you are finished.", set(),
     {("opt-out", False, "password", None)}),
    # the way to reach the vendor takes no data; where to write is the vendor's address, not the user's
    ("Should you have questions about how we use your information, feel free to send us a message.", set(),
     {("collect", False, "user communications", None)}),
    ("If you wish to correct the personal information collected about you, you may also send an e-mail to "
     "privacy@example.com.", {("edit", False, "personal information", None)},
     {("collect", False, "user communications", None)}),
    ("You may also send a letter to the following street address requesting correction of your personal information.",
     {("edit", False, "personal information", None)}, {("collect", False, "postal address", None),
                                                        ("edit", False, "postal address", None)}),
    ("When you send email to Acme, we may retain those communications.",
     {("collect", False, "user communications", None), ("retain", False, "user communications", None)}, set()),
    # what the user does without or before giving data is no right over it
    ("You may access and browse our site without disclosing your personal data.", set(),
     {("access", False, "personal information", None)}),
    # (and what the user hands "to them", others than the vendor, is no collection by the vendor)
    ("We encourage you to review the privacy policy of any organization before submitting your personal information "
     "to them.", set(), {("access", False, "personal information", None),
                         ("collect", False, "personal information", None)}),
    # other users' access is a disclosure, not the user's right
    ("Other users or members of our sites will not have access to your contact information unless you choose to share "
     "it with them.", {("share", True, "contact information", "Other users")},
     {("access", True, "contact information", None), ("access", False, "contact information", None)}),
    ("Users will have access to their account information at any time.",
     {("access", False, "account information", None)}, set()),
    # other sites' policies, and a change word whose policy is only the means or manner, state no policy change
    ("Any information you provide when you visit websites other than those covered by this policy will be subject to "
     "the privacy policies posted on those sites.", set(), {("policy-change", False, None, None)}),
    ("A visitor may change or update their personal information by contacting us as provided in Paragraph 3 of this "
     "Privacy Policy.", {("edit", False, "personal information", None)}, {("policy-change", False, None, None)}),
    ("We will notify you of any material changes to this Privacy Policy by email.",
     {("policy-change", False, None, None)}, set()),
    # the user staying on a page keeps no data; a page on which a beacon resides is only described
    ("It also includes various statistical data such as which pages you visit on our Websites, how long you stay on "
     "them, and what you click.",
     set(), {("retain", False, "pages visited", None), ("retain", False, "aggregate information", None)}),
    ("Web beacons collect a cookie number and a description of the page on which the web beacon resides.",
     {("collect", False, "cookie", None)}, {("retain", False, "web beacon", None)}),
    ("Your e-mail address may be stored in a cookie that will remain on your computer after you sign out.",
     {("retain", False, "email address", None)}, set()),
    # keeping count of visits records them
    ("We keep count of your visits and the pages you view.", {("collect", False, "pages visited", None)},
     {("retain", False, "pages visited", None)}),
    # a glossary entry says what a term means, not what is collected
    ('"Personally identifiable information" is information that can be used to uniquely identify a user such as name, '
     "address or credit card number.", set(), {("collect", False, "name", None)}),
    ("Demographic information is information such as your age, gender and zip code.",
     {("collect", False, "age", None)}, set()),
    # "for more information" is what the reader may read; "ask for further information" is data asked for
    ("For more information about our advertising, please visit our help page.", set(),
     {("use", False, "personal information", "Advertising")}),
    ("We may ask for further information to verify your identity.", {("collect", False, "personal information", None)},
     set()),
    # a comparison with other laws and a place phrase name no recipient; an adjective on data names nobody
    ("The information you provide to us will be transferred to and processed in the United States, where laws regarding "
     "personal information may be less stringent than the laws in your country.",
     {("store", False, "personal information", "US")}, {("share", False, "personal information",
                                                          "Law enforcement/government")}),
    ("We also use your personal and other information for our internal marketing studies.",
     {("use", False, "personal information", "Marketing")}, {("share", False, "personal information",
                                                               "Unnamed third party")}),
    ("We will not share your information with anyone other than our service providers.",
     {("share", False, "personal information", "Service provider/agent")}, set()),
    ("We may transfer your information to our servers.", {("store", False, "personal information", None)},
     {("share", False, "personal information", "Unnamed third party")}),
    # a verb inside a kind of data ("content viewed", "ads viewed") states no practice of its own
    ("We collect your IP address. The information collected may include the ads viewed and the content viewed.",
     {("collect", False, "ip address", None)}, set()),
    # not using the service is the reader's way to refuse the policy, however the policy tells them so
    ("If you do not agree to this Privacy Policy, you should not use or access any of our sites.",
     {("opt-out", False, None, None)}, set()),
    ("If you disagree with any part of this Privacy Policy, please do not use any of our Online Services.",
     {("opt-out", False, None, None)}, set()),
    ("If you do not agree to these terms, you must immediately exit the Service.", {("opt-out", False, None, None)},
     set()),
    ("You should not use the site to send spam.", set(), {("opt-out", False, None, None)}),
    # the information held about the user, and "the information" pointing back to it, is theirs to correct
    ("You can correct the information we have about you.", {("edit", False, "personal information", None)}, set()),
    ("If you believe that the health information we have about you is incorrect, you may ask Acme to amend the "
     "information.", {("edit", False, "personal information", None)}, set()),
    ("You can access the information on our site.", set(), {("access", False, "personal information", None)}),
    # "market" as a verb markets; market analysis and market news are no marketing
    ("We use information to market our products.", {("use", False, "personal information", "Marketing")}, set()),
    ("We use your information to conduct market analysis.", {("use", False, "personal information",
                                                               "Analytics/Research")},
     {("use", False, "personal information", "Marketing")}),
    # a tool described as used by someone is that party's; what it tracks, that party tracks
    ("Cookies used by us do not contain personal information.", {("collect", False, "cookie", None)}, set()),
    ("Cookies set by Google may track your visits.", {("share", False, "pages visited", "Named third party")},
     {("collect", False, "pages visited", None)}),
    # a city of residence, a country and state one accesses from, a time zone: where the user is
    ("We collect your name, email address, city of residence and time zone.", {("collect", False, "geolocation", None)},
     set()),
    ("Our offices are located in the city of Chicago.", set(), {("store", False, "geolocation", None)}),
    # the event ends at its comma even where the parser gives the main verb the event's subject too
    ("In the event that the ownership of AOL Inc. or an affiliate or their assets changes as a result of a merger, "
     "acquisition, sale of assets, or in the unlikely event of a bankruptcy, your information may be transferred to "
     "another company.", {("share", False, "personal information", "Unnamed third party")}, set()),
    # a registration is an event; registration data is what is given in it
    ("We collect your name and email address during user registration.",
     {("collect", False, "email address", None)}, {("collect", False, "registration data", None)}),
    ("We will store all Registration Data in a private database.", {("store", False, "registration data", None)},
     set()),
    # the reader does the infinitive of what the reader is told to do
    ("You should refer to the privacy policies on these websites to obtain information regarding their practices.",
     set(), {("collect", False, "personal information", None)}),
    # the reader told to get a parent's consent is no consent the vendor asks for
    ("If you are under 18, get your parent's consent before giving out any personal information online.", set(),
     {("opt-in", False, "personal information", None)}),
    # the features a vendor provides are no data given, whatever examples of them name data
    ("Cookies are identifiers that we transfer to your computer's hard drive through your Web browser to enable our "
     "systems to recognize your browser and to provide features such as My Movies, local show times, and browsing "
     "preferences.", set(), {("share", False, "interests and preferences", "Named third party"),
                             ("share", False, "browser type", "Named third party")}),
    # a job, a title, a position are an occupation only where nothing else is meant ("Job Postings" are ads)
    ("We use persistent cookies to track candidate application traffic in response to Job Postings.",
     {("collect", False, "cookie", None)}, {("collect", False, "occupation", None)}),
    ("We collect your name and job title.", {("collect", False, "occupation", None)}, set()),
    # a question hung on the main verb after a comma is still a question
    ("We collect your email address. The revised Privacy Policy will be posted to this page so that you are aware of "
     "the information we collect, how we use it, and under what circumstances we may disclose it.",
     {("policy-change", False, None, None)}, {("share", False, "email address", "Unnamed third party")}),
    ("We describe it when we collect your email address.", {("collect", False, "email address", None)}, set()),
    # monitoring traffic or how users navigate is analytics; monitoring systems for fraud is security
    ("We may also use cookies to monitor traffic and improve the Sites.", {("use", False, "cookie", "Analytics/Research")},
     {("use", False, "cookie", "Service operation and security")}),
    ("We use cookies to monitor our systems and detect fraud.",
     {("use", False, "cookie", "Service operation and security")}, set()),
    # a credit or payment history, an income and an account balance are financial; hardware attributes are the computer's
    ("We collect your credit history, payment history and income.", {("collect", False, "payment information", None)},
     set()),
    ("We automatically receive your IP address and software and hardware attributes.",
     {("collect", False, "operating system", None)}, set()),
    # where the user came from and how they visit
    ("We collect the site you visited before visiting our website.", {("collect", False, "referring site", None)}, set()),
    ("We collect data about how you visit our websites and how long you stay.",
     {("collect", False, "pages visited", None), ("collect", False, "access time", None)}, set()),
    # what the reader opts out of receiving is theirs to receive, no data the vendor collects
    ("If you wish to opt-out of receiving third party communications, you may exercise this right by following the "
     "opt-out procedures.", {("opt-out", False, None, None)}, {("collect", False, "user communications", None)}),
    ("We may receive information about you from other sources.", {("collect", False, "personal information", None)},
     set()),
    # a social network's features on the vendor's pages collect for the network; the vendor's own features for it
    ("Social plugins on our pages may record which articles you read.",
     {("share", False, "pages visited", "Unnamed third party")}, {("collect", False, "pages visited", None)}),
    ("Our pages carry social media features, such as a Like button from a social network. These features may collect "
     "your IP address.", {("share", False, "ip address", "Named third party")},
     {("collect", False, "ip address", None)}),
    ("Our site offers search features and a help widget. These features may collect your IP address.",
     {("collect", False, "ip address", None)}, {("share", False, "ip address", "Unnamed third party")}),
    ("Members can use our social networking tools to post comments, which other members can read.",
     {("share", False, "user communications", "Public")}, set()),
    # "these technologies" after cookies are those cookies; what they let the vendor do, each thing listed, is why
    ("We use cookies and web beacons. These technologies allow us to recognize you and provide personalization.",
     {("use", False, "cookie", "Personalization/Customization"),
      ("use", False, "web beacon", "Personalization/Customization")}, set()),
    ("We use cookies. These technologies allow us to manage access to the Services, recognize you and provide "
     "personalization, and help us to understand how visitors use the Services.",
     {("use", False, "cookie", "Personalization/Customization"), ("use", False, "cookie", "Analytics/Research")},
     set()),
    ("Cookies allow us to manage access to the Services, recognize you and provide personalization.",
     {("use", False, "cookie", "Personalization/Customization")}, set()),
    ("We ask for your name and address. These tools help us ship your order.", set(),
     {("use", False, "name", "Basic service/feature")}),
    # a browser that includes an option (which lets you refuse cookies) includes no data
    ("If you don't want cookies, most Web browsers include an option that allows you to not accept them.", set(),
     {("collect", False, "browser type", None), ("collect", False, "cookie", None)}),
    ("Device information includes your browser type, which may also store cookies.",
     {("collect", False, "browser type", None)}, set()),
    # misuse guarded against is no activity of the user's taken as data
    ("We may disclose personal information to respond to claims, protect and defend our rights, employees, and/or the "
     "unlawful use of our website.", {("share", False, "personal information", "Unnamed third party")},
     {("share", False, "pages visited", "Unnamed third party")}),
    # what is done based on data uses it: the vendor for what it does, a third party gets it
    ("We show you ads based on your browsing history.", {("use", False, "browsing path", "Advertising")}, set()),
    ("We may recommend products based on your purchase history.",
     {("use", False, "payment information", "Personalization/Customization")}, set()),
    ("We do not serve ads based on your health information.", {("use", True, "health information", "Advertising")},
     {("use", False, "health information", "Advertising")}),
    ("Ad networks are third parties that display advertisements based on your visits to our Website.",
     {("share", False, "pages visited", "Unnamed third party")}, {("use", False, "pages visited", "Advertising")}),
    ("Our partner may use cookies to gather information about your activities in order to provide you advertising "
     "based upon your interests.", {("share", False, "interests and preferences", "Unnamed third party")},
     {("use", False, "interests and preferences", "Advertising")}),
    ("Companies based in the United States may receive your email address.", set(),
     {("use", False, "email address", "Basic service/feature")}),
    # defending the rights, property or safety of parties is the aim of a disclosure, no data kept safe
    ("We release account and other personal information when we believe release is appropriate to comply with the "
     "law; enforce or apply our Conditions of Use; or protect the rights, property, or safety of Acme, our users, or "
     "others.", {("share", False, "personal information", "Law enforcement/government")},
     {("protect", False, "personal information", None), ("protect", False, "account information", None)}),
    ("We use encryption to protect the security of your personal information.",
     {("protect", False, "personal information", None)}, set()),
    # data only some staff can reach is kept safe; hashing is a security measure
    ("We collect your email address. This information is only accessible by our employees who manage these sites.",
     {("protect", False, "email address", None)}, set()),
    ("Your information is not accessible to other users.", {("share", True, "personal information", "Other users")},
     set()),
    ("We store passwords in hashed form.", {("protect", False, "password", None)}, set()),
    # information on how to do something is instructions, not the user's data
    ("We provide you with information on how to access your account.", set(),
     {("use", False, "personal information", "Basic service/feature")}),
    # other websites are others', the vendor's other sites its own
    ("Another site may collect your email address.", {("share", False, "email address", "Unnamed third party")},
     {("collect", False, "email address", None)}),
    ("Our other sites may collect your email address.", {("collect", False, "email address", None)}, set()),
    # data among the items sold with the business goes to the buyer
    ("If we sell our assets to another organization, your name and email address may be among the items sold or "
     "transferred.", {("share", False, "email address", "Unnamed third party")}, set()),
    # the companies a family or group is made of are that family
    ("We share your personal information within our corporate family of companies.",
     {("share", False, "personal information", "Other part of company/affiliate")},
     {("share", False, "personal information", "Unnamed third party")}),
    # a purpose clause the parser hangs on the place ("in our emails to count ...") is the verb's
    ("We may place web beacons in our emails to count how many emails were opened.",
     {("use", False, "web beacon", "Analytics/Research")}, set()),
    # access restricted to staff keeps data safe; the staff are the vendor's own, whatever pages they manage
    ("Access to personal data is restricted to employees who need it to do their jobs.",
     {("protect", False, "personal information", None)}, set()),
    ("Access to this information is restricted to employees who manage our presence on third party sites.",
     {("protect", False, "personal information", None)},
     {("share", False, "personal information", "Unnamed third party")}),
    # the user may ask for a copy of the data held; a copy of what the user sends, kept by the vendor, is no access
    ("You can request a copy of the personal data we hold about you.",
     {("access", False, "personal information", None)}, set()),
    ("We keep a copy of the information you send us.", {("retain", False, "personal information", None)},
     {("access", False, "personal information", None)}),
    # where the policy is posted, or notices the user posts, change nothing; the revised policy posted does
    ("This Policy applies to personal information we collect through our websites where this Policy is posted.", set(),
     {("policy-change", False, None, None)}),
    ("Should you choose to disclose information in notices you post, that information can be viewed publicly.",
     {("share", False, "personal information", "Public")},
     {("policy-change", False, None, None), ("access", False, "personal information", None)}),
    ("We will post the revised policy on this page.", {("policy-change", False, None, None)}, set()),
    # access given to the user is their right, not a use of the data; data available to the user likewise
    ("Upon request, we will provide you with access to your personal information.",
     {("access", False, "personal information", None)},
     {("use", False, "personal information", "Basic service/feature")}),
    ("Your personal information is available to you upon request.", {("access", False, "personal information", None)},
     set()),
    ("The same unsubscribe process is available to a parent of a minor under the age of 18.", set(),
     {("access", False, "age", None)}),
    # "neither we nor our partners" denies for all of them
    ("Neither we nor our partners will sell your data.", {("sell", True, "personal information", "Unnamed third party")},
     {("sell", False, "personal information", "Unnamed third party")}),
    # cookies the vendor does not use, it does not collect; a cookie not used after the user's choice is no promise
    ("We do not use cookies.", {("collect", True, "cookie", None)}, set()),
    ("We do not use cookies to track you.", set(), {("collect", True, "cookie", None)}),
    ("If you do not want this information to be stored, you can select the appropriate button, and this cookie will "
     "not be used.", set(), {("collect", True, "cookie", None)}),
    # records of the user's transactions are payment information
    ("We may keep records of your transactions for seven years to comply with tax law.",
     {("retain", False, "payment information", None), ("use", False, "payment information", "Legal requirement")},
     set()),
    # data stored for a period is kept for it; what the period speaks of ("as long as your account ...") is no data
    ("Chat transcripts are stored on our servers for 90 days.", {("retain", False, "chat content", None)},
     set()),
    ("We store your data on servers in Ireland as long as your account is active.",
     {("store", False, "personal information", "IE"), ("retain", False, "personal information", None)},
     {("store", False, "account information", "IE")}),
    # a page's URL is the page visited; subprocessors serve the vendor
    ("When a visitor starts a chat, we collect the visitor's IP address, browser type and the page URL.",
     {("collect", False, "pages visited", None), ("collect", False, "ip address", None)}, set()),
    ("We share your data with subprocessors.", {("share", False, "personal information", "Service provider/agent")},
     set()),
    # processing on the basis of consent asks for it; transfer clauses keep data safe; portability is access
    ("We process your personal data on the basis of your consent.", {("opt-in", False, "personal information", None)},
     set()),
    ("We rely on standard contractual clauses for transfers of personal data outside the EEA.",
     {("protect", False, "personal information", None)}, set()),
    ("You may exercise your right to data portability for your personal data.",
     {("access", False, "personal information", None)}, set()),
    # a phrase does not run over a comma ("post a review, your username" is no "review your")
    # (and data visible to others is shared with them)
    ("If you post a review, your username will be visible to other users.",
     {("share", False, "username", "Other users")},
     {("access", False, "username", None), ("access", False, "user communications", None)}),
    ("Your profile picture is visible to other members.", {("share", False, "account information", "Other users")},
     set()),
    # professional advisers and couriers serve the vendor
    ("Your information may be disclosed to our auditors, lawyers and other professional advisers.",
     {("share", False, "personal information", "Service provider/agent")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We disclose your name and address to the courier to deliver your order.",
     {("share", False, "postal address", "Service provider/agent")}, set()),
    # a company's cookies the vendor uses go to that company; anonymizing data is a measure that protects it
    ("We use Google Analytics cookies to collect information about how visitors use our site.",
     {("share", False, "cookie", "Named third party"), ("collect", False, "cookie", None)}, set()),
    ("We anonymize your IP address before storing it.", {("protect", False, "ip address", None)}, set()),
    # where the user makes the change ("in your account settings") is no data changed
    ("You can access and update most of your personal information in your account settings.",
     {("edit", False, "personal information", None), ("access", False, "personal information", None)},
     {("edit", False, "account information", None), ("access", False, "account information", None)}),
    ("You can update your account information on your profile page.", {("edit", False, "account information", None)},
     set()),
    # what the vendor does upon the user's request is the user's right, kept as long as the time said
    ("Upon your request, we will delete your personal data within 30 days.",
     {("delete", False, "personal information", None), ("retain", False, "personal information", None)}, set()),
    ("At your request, we will update your contact information.", {("edit", False, "contact information", None)},
     set()),
    # breach notice, guards, two-factor authentication are security measures, not data the vendor takes
    ("In the event of a data breach, we will notify affected users within 72 hours.", {("protect", False, None, None)},
     set()),
    ("We require two-factor authentication for employee access to customer data.",
     {("protect", False, "personal information", None)}, {("collect", False, "personal information", None)}),
    ("We log IP and device information in logs which are kept secure and limited to no more than 60 days.",
     {("collect", False, "ip address", None)}, set()),
    # mouse movements are clicks and moves on the pages, taken by the company let to record them
    ("We allow Hotjar to record your mouse movements on our site.",
     {("share", False, "links clicked", "Named third party")}, set()),
    # verbs listed before a shared object name their purpose with it ("to provide ... our services")
    ("We use your information to provide, maintain and improve our services.",
     {("use", False, "personal information", "Basic service/feature"),
      ("use", False, "personal information", "Analytics/Research")}, set()),
    # training models is research and development
    ("We may process your chat messages to train our machine learning models.",
     {("use", False, "chat content", "Analytics/Research")}, {("use", False, "chat content", "Basic service/feature")}),
    # the servers the vendor uses are where the data is
    ("We use data centers located in the Netherlands and Ireland.",
     {("store", False, "personal information", "NL"), ("store", False, "personal information", "IE")}, set()),
    # "there" is the place the sentence named before
    ("We are based in Israel, and your information will be processed there.",
     {("store", False, "personal information", "IL")}, set()),
    # opting out of, or objecting to, a practice on data is an opt-out of that data
    ("California residents may opt out of the sale of their personal information.",
     {("opt-out", False, "personal information", None)}, set()),
    ("You may object to the processing of your personal data.", {("opt-out", False, "personal information", None)},
     set()),
    # data given for money is sold
    ("We do not exchange your personal information for money or other valuable consideration.",
     {("sell", True, "personal information", "Unnamed third party")}, set()),
    ("We may disclose information to vendors who provide services for a fee.", set(),
     {("sell", False, "personal information", "Service provider/agent")}),
    # "other than to X" names only X
    ("Other than to our service providers, we do not share your data.",
     {("share", True, "personal information", "Unnamed third party"),
      ("share", False, "personal information", "Service provider/agent")},
     {("share", False, "personal information", "Unnamed third party")}),
    # asking for the user's consent first is an opt-in
    ("We will ask for your consent before placing non-essential cookies.", {("opt-in", False, "cookie", None)}, set()),
    # an aim the parser hangs on a noun of a denied practice is denied with it
    ("This log information is not used in combination with any other identifying information to identify or "
     "otherwise track user behavior.", {("collect", True, "browsing path", None)},
     {("collect", False, "browsing path", None)}),
    # ads, services and business units sold are goods, not data, whatever data the verbs before take
    ("We use your information to provide and improve our services, customize services for you (such as by "
     "remembering your preferences), make special offers, better understand our users, and sell and display ads.",
     {("use", False, "personal information", "Personalization/Customization")},
     {("sell", False, "personal information", "Unnamed third party")}),
    ("As we continue to develop our business, we might sell or buy additional services or business units.", set(),
     {("sell", False, "personal information", "Unnamed third party")}),
    ("We do not sell your personal information or our products.",
     {("sell", True, "personal information", "Unnamed third party")}, set()),
    # a generic party named by the group it is in, or qualifying a kind, gives way to it
    ("All entities within our corporate family may have access to your personal information.",
     {("share", False, "personal information", "Other part of company/affiliate")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We may use third party advertising companies to display advertisements on our website.",
     {("share", False, "personal information", "Named third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    # the user's online activity told as a clause: how users navigate, the pages, links or ads they view
    ("We use web beacons to monitor how our users navigate our website.",
     {("collect", False, "browsing path", None)}, set()),
    ("Cookies save data about visitors, such as the pages of the site viewed by the visitor.",
     {("store", False, "pages visited", None)}, set()),
    ("We record the links you click and the ads you view.",
     {("collect", False, "links clicked", None), ("collect", False, "advertisement clicks", None)}, set()),
    ("Depending on how you access and use our services, we may receive your IP address.",
     {("collect", False, "ip address", None)}, {("collect", False, "pages visited", None)}),
    # log file entries are server logs; finding out how users use the site is research
    ("We also use these log file entries for our internal marketing and demographic studies.",
     {("use", False, "server logs", "Marketing"), ("use", False, "server logs", "Analytics/Research")}, set()),
    ("This information will only be used to find out how subscribers use our service.",
     {("use", False, "personal information", "Analytics/Research")},
     {("use", False, "personal information", "Basic service/feature")}),
    # the object clause of a purpose verb that the parser hangs on the main verb belongs to the purpose
    ("We may use this data to select which of our advertisements may appeal to you.",
     {("use", False, "personal information", "Advertising")},
     {("use", False, "personal information", "Basic service/feature")}),
    # data disclosed "without your consent" asks no one; not disclosed without it, the user decides
    ("We may also disclose aggregated user statistics without your permission in order to describe our audience.",
     set(), {("opt-in", False, "aggregate information", None)}),
    ("We do not share personal information with companies that advertise on our websites without your consent.",
     {("opt-in", False, "personal information", None)}, set()),
    # the user's use of a service is what they do there, not the occasion of something else
    ("Advertisers use cookies to track your use of the app.",
     {("share", False, "pages visited", "Named third party")}, set()),
    ("In connection with your use of certain features, you may be asked to create a user account.",
     set(), {("collect", False, "pages visited", None)}),
    ("Third parties may collect personally identifiable information about your on-line activities over time.",
     {("share", False, "browsing path", "Unnamed third party")}, set()),
    # data neither stored nor "being sent" outside a place is kept there, whatever clause the parser gives each verb
    ("Data are not stored or being sent outside of the European Union in any way.",
     {("store", False, "personal information", None)}, {("store", True, "personal information", None)}),
    # answering the user's questions and performing a contract serve the service itself
    ("We use personal data solely to answer user questions, for handling contracts and for technical administration.",
     {("use", False, "personal information", "Basic service/feature"),
      ("use", False, "personal information", "Service operation and security")}, set()),
    # an offering given to the user is no use of the user's data
    ("Our websites provide you with the facility to create and post content, such as on our message boards.",
     set(), {("use", False, None, "Additional service/feature")}),
    ("At Acme, it's our mission to provide users with rich, interactive online experiences.",
     set(), {("use", False, None, "Personalization/Customization")}),
    # "including, but not limited to," is read as "including": the examples stay examples
    ("This information is processed by third parties including, but not limited to, Google Analytics.",
     {("share", False, "personal information", "Named third party")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("Our business partners assist us with monitoring information including, but not limited to, IP addresses.",
     {("share", False, "ip address", "Unnamed third party")}, set()),
    # a clause that says what a thing holds names the data that comes with it
    ("We post a list of testimonials on our web sites that contain information such as names and titles.",
     {("share", False, "name", "Public"), ("share", False, "occupation", "Public")}, set()),
    # a right exercised in order to exercise others gives them too, over the same data
    ("You have a right to access your personal information in order to review, correct, update, or delete it.",
     {("access", False, "personal information", None), ("delete", False, "personal information", None)}, set()),
    ("You may access your personal information to correct it.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None)}, set()),
    # a name the tagger does not know as a company, used to gather data, is a service that gets the data
    ("We use Hotjar to record mouse movements and clicks on our website.",
     {("share", False, "links clicked", "Named third party")}, set()),
    # the name of people the user invites is a name; the name of a thing is not
    ("We collect the name and email address of the people you invite to your workspace.",
     {("collect", False, "name", None), ("collect", False, "email address", None)}, set()),
    # "share" before a participle and its object is the verb, not an auxiliary ("share aggregated statistics")
    ("We share aggregated, anonymized statistics with our partners.",
     {("share", False, "aggregate information", "Unnamed third party")}, set()),
    # the right to know what is collected is a right of access
    ("If you are a resident of California, you have the right to know what personal information we collect about "
     "you.", {("access", False, "personal information", None)}, set()),
    # a user who "has not objected" may object; consent relied on is asked for
    ("We may use your personal information for direct marketing, provided that you have not objected.",
     {("opt-out", False, None, None), ("use", False, "personal information", "Marketing")},
     {("opt-out", True, None, None)}),
    ("We rely on your consent to send you marketing emails.", {("opt-in", False, None, None)}, set()),
    # training AI models is research; a contract's duration is no purpose
    ("We don't use your conversations to train our AI models.",
     {("use", True, "chat content", "Analytics/Research")}, set()),
    ("We store your data for the duration of our contract and for up to 6 years afterwards.",
     {("retain", False, "personal information", None)},
     {("use", False, "personal information", "Basic service/feature")}),
    # a measure used as the means of a practice protects that practice's data
    ("Your credit card information is transmitted securely using 128-bit encryption.",
     {("protect", False, "credit card number", None)}, set()),
    # recorded calls are communications; quality assurance keeps the service running
    ("We may record your calls to our customer service line.", {("collect", False, "user communications", None)},
     set()),
    ("We use call recordings for quality assurance.",
     {("use", False, "user communications", "Service operation and security")}, set()),
    # an exception to a denied sharing and sale excepts the sharing; a sale excepted alone stays a sale
    ("We do not rent, sell, or share personal information about you with nonaffiliated companies except to "
     "provide products or services you've requested.", {("share", False, "personal information", "Unnamed third party")},
     {("sell", False, "personal information", "Unnamed third party")}),
    ("We will not sell your personal information except with your consent.",
     {("sell", False, "personal information", "Unnamed third party")}, set()),
    # a word the parser takes for a verb at the end of a list of nouns is the list's last item
    ("When you sign in with Google, we receive your name, email address and profile picture.",
     {("collect", False, "account information", None), ("collect", False, "name", None)}, set()),
    # sensitive data named with examples is sensitive data, and the examples
    ("We do not collect sensitive personal data such as health or religious information.",
     {("collect", True, "sensitive personal information", None), ("collect", True, "health information", None)},
     set()),
    # nothing limiting a right leaves it whole; tools something is denied through are still used
    ("Nothing in this policy limits our right to disclose information when required by law.",
     {("share", False, "personal information", "Law enforcement/government")},
     {("share", True, "personal information", "Law enforcement/government")}),
    ("No personally identifiable information is collected through cookies.",
     {("collect", True, "personal information", None)}, {("collect", True, "cookie", None)}),
    # mailing, customer and contact lists are contact information
    ("At times, we make customer mailing lists available to carefully screened companies.",
     {("share", False, "contact information", "Unnamed third party")}, set()),
    # backups kept for a time are the data retained; invoices are payment information
    ("Backups are kept for up to 35 days before they are overwritten.",
     {("retain", False, "personal information", None)}, set()),
    ("When you close your account, we delete your profile but keep invoices as required by tax law.",
     {("retain", False, "payment information", None)}, set()),
    # what the user shares with others than the vendor goes to them; shared with the vendor, it is collected
    ("You may share your photos with other users.", {("share", False, "user communications", "Other users")},
     {("collect", False, "user communications", None)}),
    ("When you share information with us, we keep it safe.", {("collect", False, "personal information", None)},
     set()),
    # telling the user of material changes is how the policy changes, though the policy goes unnamed
    ("If we make material changes, we will notify you by email or through a notice in the app before the change "
     "becomes effective.", {("policy-change", False, None, None)}, set()),
    # a person's information is theirs ("their child's information"), a thing's is not ("the site's content")
    ("Parents may contact us to review or delete their child's information.",
     {("delete", False, "personal information", None)}, set()),
    # data a third party hosts or stores in a country is shared with it and stored there; a hosted feature is no data
    ("Your data is hosted by DigitalOcean in Frankfurt, Germany.",
     {("share", False, "personal information", "Named third party"), ("store", False, "personal information", "DE")},
     set()),
    ("Social Media Features are either hosted by a third party or hosted directly on our Site.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    # services hosted in a country keep their data there; a place data goes to is not the user's location
    ("We host our services in Canada and the United States.",
     {("store", False, "personal information", "CA"), ("store", False, "personal information", "US")}, set()),
    ("Personal data may be transferred to countries outside your country of residence, including India.",
     {("store", False, "personal information", "IN")}, {("store", False, "geolocation", "IN")}),
    # a profile on a social network is social media data, not an account with the vendor
    ("We may also collect information about you from publicly available sources, such as your LinkedIn profile.",
     {("collect", False, "social media data", None)}, {("collect", False, "account information", None)}),
    # staff who alone may reach the data are a security measure; researchers are a kind of third party named
    ("Only authorized employees can access your personal data.",
     {("protect", False, "personal information", None)}, set()),
    ("We may share de-identified data with researchers.",
     {("share", False, "non-personal information", "Named third party")}, set()),
    # what the vendor cannot guarantee will not happen is a risk disclaimed, no promise; a guarantee given is one
    ("We cannot assure you that personally identifiable information that we collect will never be disclosed in a "
     "manner inconsistent with this policy.", set(), {("share", True, "personal information", "Unnamed third party")}),
    ("We guarantee that your data will never be sold.",
     {("sell", True, "personal information", "Unnamed third party")}, set()),
    # what the user may prefer not be done is done by default, however the parser hangs the preference
    ("If you prefer we not use information based on online behavior to provide online and offline tailored content "
     "and advertising, you may opt out of online behavioral advertising.",
     {("use", False, "browsing path", "Advertising")}, {("use", True, "browsing path", "Advertising")}),
    # cookies that expire or disappear when the browser closes are kept until then, no choice offered
    ("Session cookies disappear from your computer when you close your browser.",
     {("retain", False, "cookie", None)}, {("opt-out", False, "cookie", None)}),
    ("Persistent cookies remain on your computer until you delete them.",
     {("retain", False, "cookie", None), ("opt-out", False, "cookie", None)}, set()),
    # the minimum or required data is the user's data; profiling is personalisation
    ("We only collect the minimum data necessary to provide the service.",
     {("collect", False, "personal information", None)}, set()),
    ("We do not use your data for automated decision-making or profiling.",
     {("use", True, "personal information", "Personalization/Customization")}, set()),
    # advertising identifiers are device identifiers; sensitive categories of data have their labels
    ("We collect your device's advertising identifier (IDFA or AAID) to measure the effectiveness of our ads.",
     {("collect", False, "device identifier", None)}, set()),
    ("We do not collect sensitive personal information such as racial or ethnic origin or religious beliefs.",
     {("collect", True, "sensitive personal information", None), ("collect", True, "demographic information", None)},
     set()),
    # pseudonymised data is still personal data; crash reports are logs, not reports of research
    ("We use pseudonymized data for research and statistical purposes.",
     {("use", False, "personal information", "Analytics/Research")}, set()),
    ("We use Sentry to collect crash reports.",
     {("collect", False, "server logs", None), ("share", False, "server logs", "Named third party")},
     {("share", False, "personal information", "Named third party")}),
    # data handled only with (or with) the user's consent is an opt-in
    ("We collect biometric information only with your explicit consent.",
     {("collect", False, "sensitive personal information", None),
      ("opt-in", False, "sensitive personal information", None)},
     set()),
    ("With your consent, we may share your information with our partners.",
     {("opt-in", False, "personal information", None)}, set()),
    # the legitimate interests pursued are the purpose
    ("We process your email address on the basis of our legitimate interest in marketing our products.",
     {("use", False, "email address", "Marketing")}, set()),
    # recorded calls are communications, and "for ... purposes" after them says why
    ("We record phone calls for quality assurance purposes.",
     {("collect", False, "user communications", None),
      ("use", False, "user communications", "Service operation and security")},
     set()),
    # examples listed after advertising platforms are named recipients
    ("We share hashed email addresses with advertising platforms such as Facebook and Google.",
     {("share", False, "email address", "Named third party")},
     {("share", False, "email address", "Unnamed third party")}),
    ("We keep your order details to handle returns.",
     {("retain", False, "payment information", None)}, set()),
    # the vendor's emails that contain tracking pixels collect through them; what a cookie contains is no practice
    ("Our emails may contain web beacons.", {("collect", False, "web beacon", None)}, set()),
    ("Cookies do not contain any personally identifiable information.",
     set(), {("collect", True, "personal information", None)}),
    # other members viewing a profile receive it; the reader's access right is not meant
    ("Other members may view your profile.",
     {("share", False, "account information", "Other users")}, {("access", False, "account information", None)}),
    # a denied form ("never stored in plain text") leaves the practice done in another form
    ("Passwords are hashed with bcrypt and never stored in plain text.",
     {("store", False, "password", None), ("protect", False, "password", None)}, {("store", True, "password", None)}),
    # a tool the vendor uses that sends data on is the vendor disclosing it
    ("Our website uses Google Fonts, which transmits your IP address to Google.",
     {("share", False, "ip address", "Named third party")}, set()),
    # a list of rights after "the right to" names each, however the parser tags its words; not the vendor's rights
    ("Depending on where you live, you may have the right to access, correct, delete or export your personal data, "
     "and to object to its processing.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None),
      ("delete", False, "personal information", None), ("opt-out", False, None, None)}, set()),
    ("EU residents have the right to rectification and erasure of their personal data.",
     {("edit", False, "personal information", None), ("delete", False, "personal information", None)}, set()),
    ("We reserve the right to delete accounts that violate our terms.",
     set(), {("delete", False, "account information", None)}),
    # "in the event of" is a conjunction, no event marketed
    ("We use your email address to contact you in the event of a problem with your order.",
     {("use", False, "email address", "Basic service/feature")}, {("use", False, "email address", "Marketing")}),
    # an infinitive the parser reads as a noun ("to fulfil orders") still opens the list of purposes after it
    ("We use personal information to fulfil orders, provide customer support and prevent fraud.",
     {("use", False, "personal information", "Basic service/feature"),
      ("use", False, "personal information", "Service operation and security")}, set()),
    # "sold or shared X", parsed with "shared" as X's modifier, is two verbs on one object; CCPA's categories
    ("In the past 12 months, we sold or shared internet activity and inferences to advertising networks.",
     {("sell", False, "browsing path", "Named third party"), ("share", False, "browsing path", "Named third party"),
      ("share", False, "interests and preferences", "Named third party")}, set()),
    # what someone is barred from doing is a restriction laid down, no practice of the vendor's
    ("These service providers are contractually prohibited from using personal information for any other purpose.",
     set(), {("use", False, "personal information", "Other")}),
    # a third party that shares data with the vendor gives it to the vendor
    ("Our partners may share your email address with us.", {("collect", False, "email address", None)},
     {("share", False, "email address", "Unnamed third party")}),
    # a word's legal definition comes from the law, which receives nothing
    ("We sell personal information, as that term is defined by California law, to advertising partners.",
     {("sell", False, "personal information", "Named third party")},
     {("sell", False, "personal information", "Law enforcement/government")}),
    # a list of rights goes on past a clause inside it ("what we have collected"); inaccurate information is the user's
    ("California residents have the right to know what personal information we have collected about them, to "
     "delete it, and to correct inaccurate information.",
     {("access", False, "personal information", None), ("delete", False, "personal information", None),
      ("edit", False, "personal information", None)}, set()),
    # building a profile of the user's interests personalises
    ("We may combine the information we collect with information from third parties to build a profile of your "
     "interests.", {("use", False, "personal information", "Personalization/Customization")}, set()),
    # using the services of a kind of company engages it: it gets the data
    ("Acme uses the services of third party vendors for storage, network and technical services.",
     {("share", False, "personal information", "Service provider/agent")}, set()),
    # the vendor's name before a noun ("Acme user", "Acme account") is the vendor's, not the subject "We"
    ("Acme user can access and edit his personal information after signing in his Acme account.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None)}, set()),
    # "they" after an opening clause that names the vendor's site or software is those: the vendor collects
    ("When you download, access or use the Site or the App, they may automatically collect your IP address.",
     {("collect", False, "ip address", None)}, set()),
    ("When you visit other websites, they may set cookies on your computer.",
     {("share", False, "cookie", "Unnamed third party")}, {("collect", False, "cookie", None)}),
    # opting out of arbitration is a choice of forum, not of data
    ("Unless you opt out, you will only be able to pursue claims against Acme on an individual basis, not as part "
     "of any class action.", set(), {("opt-out", False, None, None)}),
    # a party a relative clause says works for the vendor is a service provider
    ("We share your information with companies that provide services to help us with our business activities.",
     {("share", False, "personal information", "Service provider/agent")},
     {("share", False, "personal information", "Unnamed third party")}),
    ("We share data with companies that help advertisers reach you.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # companies named as members of a kind of recipient get the data; sites linked to are no recipients
    ("Our sub-processors include Google Cloud Platform (hosting) and Twilio (SMS notifications).",
     {("share", False, "personal information", "Named third party")}, set()),
    ("Such third-party websites include Facebook and Twitter.",
     set(), {("share", False, "personal information", "Named third party")}),
    # staff reading messages use them; the reader reading the policy is no practice
    ("Our staff may read your messages to provide support.",
     {("use", False, "user communications", "Basic service/feature")}, set()),
    ("To learn about your choices for these communications, read the choices section below.", set(),
     {("use", False, "user communications", "Basic service/feature")}),
    # asking for a copy of one's data is access
    ("Visitors may request a copy of the chat transcript by email.", {("access", False, "chat content", None)}, set()),
    # reaching other people's data is no right over one's own (a parent's over a child's is)
    ("Operators can see the visitor's IP address and the referring URL in real time.",
     set(), {("access", False, "ip address", None)}),
    ("Customers can access and handle personal information of their visitors.",
     set(), {("access", False, "personal information", None)}),
    # the reader's steps to opt out ("by installing the add-on for your browser") are no data tracked
    ("You can also opt-out from being tracked by Google Analytics by downloading and installing the Google "
     "Analytics Opt-out Browser Add-on for your current web browser.",
     set(), {("share", False, "browser type", "Named third party")}),
    ("Of course he has the right to correct wrong data or let us delete saved personal data.",
     {("edit", False, "personal information", None), ("delete", False, "personal information", None)}, set()),
    # a verbless line that names a kind of data and lists what it is lists data collected
    ("Automatic technical data - IP, location, your browser/operating system/device details, pages viewed.",
     {("collect", False, "ip address", None), ("collect", False, "browser type", None),
      ("collect", False, "pages visited", None)}, set()),
    ("Service providers - hosting companies and email delivery services.", set(),
     {("collect", False, "email address", None)}),
    # users who wish to correct or remove their details have those rights; information about one's data is access
    ("Users who wish to correct, update or remove any personal details may do so by contacting us.",
     {("edit", False, "personal information", None), ("delete", False, "personal information", None)}, set()),
    ("Upon request, we will provide you with information about whether we hold any of your personal data.",
     {("access", False, "personal information", None)}, set()),
    ("We may send you information about your account.", set(), {("access", False, "account information", None)}),
    # a device's operating system version is computer information, however the version is worded
    ("The app collects your operating system version and app version.",
     {("collect", False, "operating system", None)}, set()),
    # a policy's version line dates it, however the date is written
    ("Version: October 17, 2014", {("policy-change", False, None, None)}, set()),
    ("This policy came into effect and was last updated on the 19th March 2010.",
     {("policy-change", False, None, None)}, set()),
    ("Version 2 of our app was released in 2014.", set(), {("policy-change", False, None, None)}),
    # periodic emails and updates about the vendor's products market them
    ("We use your email address to send you periodic emails and updates about our products.",
     {("use", False, "email address", "Marketing")}, set()),
    # a right or access over other people's data is none of the reader's
    ("Every user has access to personal information of visitors of his website.",
     set(), {("access", False, "personal information", None)}),
    ("Customers have the right to delete personal information of their visitors.",
     set(), {("delete", False, "personal information", None)}),
    # the opportunity given "without" which the vendor will not act is given, wherever the parser hangs "without"
    ("It is our policy not to use or share your personal information in ways unrelated to the ones described above "
     "without also providing you an opportunity to opt out.",
     {("opt-out", False, None, None), ("share", True, "personal information", "Unnamed third party")},
     {("opt-out", True, None, None)}),
    # a purpose named in words no class knows is OPP-115's Other, not no purpose; a lead-in names none yet
    ("Aggregate data may be used for internal purposes.", {("use", False, "aggregate information", "Other")}, set()),
    ("We use the information we collect for the following general purposes:",
     set(), {("use", False, "personal information", "Other")}),
    # a bare code in capitals is a country only where prose uses it so ("QA" is questions and answers)
    ("We may use information you send us through emails, QA, blogs, or forums for editorial purposes.",
     set(), {("store", False, "personal information", "QA")}),
    ("Your data is stored on servers in the US.", {("store", False, "personal information", "US")}, set()),
    # every agent of a passive acts: a third party beside the vendor places its tools too
    ("Cookies may be set by us or by our advertising partners.",
     {("collect", False, "cookie", None), ("share", False, "cookie", "Named third party")},
     {("share", False, "cookie", "Unnamed third party")}),
    ("Your profile may be viewed by us and by other users.",
     {("share", False, "account information", "Other users")},
     {("share", False, "account information", "Unnamed third party")}),
    ("Tracking technologies may be deployed by our service providers on our behalf.",
     {("share", False, "web beacon", "Service provider/agent")}, set()),
    ("The university has deployed extensive security measures to protect the information under our control.",
     set(), {("share", False, "personal information", "Named third party")}),
    # the tools the vendor uses come from whoever they are said to come from
    ("We may use web beacons and cookies, including those from third parties.",
     {("share", False, "cookie", "Unnamed third party")}, set()),
    ("We use cookies from advertising networks to show you relevant ads.",
     {("share", False, "cookie", "Named third party")}, set()),
    ("We use cookies from the moment you arrive on our site.", set(),
     {("share", False, "cookie", "Unnamed third party")}),
    # a word with a determiner is a noun however the tagger tags it; clicking on a link is a link clicked
    ("We record which links you click.", {("collect", False, "links clicked", None)}, set()),
    ("We collect information about whether you opened a message or clicked on a link.",
     {("collect", False, "links clicked", None)}, set()),
    # turning off or stopping what gathers data is a choice; a site chosen or a device switched off is none
    ("Most mobile devices allow you to turn off location services.", {("opt-out", False, "geolocation", None)}, set()),
    ("You can stop the delivery of marketing email messages by following the instructions in any such email.",
     {("opt-out", False, "email address", None)}, {("share", False, "email address", "Unnamed third party")}),
    ("Persistent cookies stay on your hard drive after you have closed your browser or turned off your computer.",
     set(), {("opt-out", False, "cookie", None)}),
    ("Other cookies may be set by the website which you have chosen to visit.", set(),
     {("opt-out", False, "cookie", None)}),
    # a use needs a purpose: the one the parser hangs on the use's time clause serves
    ("We may use information about your location when you access our apps to provide location aware services and "
     "for advertising purposes.", {("use", False, "geolocation", "Advertising")}, set()),
    ("We may use cookies when you visit our site to remember your preferences.",
     {("use", False, "cookie", "Personalization/Customization")}, set()),
    # a collection said in a relative clause is still said where the rest of the sentence yields no practice
    ("Non-personal information that we collect using these technologies may be combined with other information.",
     {("collect", False, "non-personal information", None)}, set()),
    ("This policy applies to personal information that we collect through our websites.",
     set(), {("collect", False, "personal information", None)}),
    # what a device or a program sends to the vendor, the vendor receives; a child sending data is no collection said
    ("Your browser sends us your IP address.", {("collect", False, "ip address", None)}, set()),
    ("Our app automatically submits bug reports to us after a crash.",
     {("collect", False, "server logs", None)}, set()),
    ("Information regarding your account is uploaded to the server when you use the software.",
     {("collect", False, "account information", None)}, set()),
    ("Children should get permission from their parents before sending any personal information to us.",
     set(), {("collect", False, "personal information", None)}),
    # announcing a change by email is how the policy changes, no use of the address; a file sent to a browser
    # reaches a machine, no contact through the user's data
    ("If we make material changes to this policy, we will notify you by e-mail to the email address on your account.",
     {("policy-change", False, None, None)}, {("use", False, "email address", "Basic service/feature")}),
    ("We may use your email address to send you offers and to tell you about changes to our policy.",
     {("use", False, "email address", "Marketing")}, set()),
    ("A cookie is a small file that a web site can send to your browser.",
     set(), {("use", False, "browser type", "Basic service/feature")}),
    # data transferred "when" something else happens is in transit; a transfer to someone is still a disclosure
    ("When we transfer or receive sensitive data, such as financial information, we redirect you to a secure server.",
     {("collect", False, "payment information", None)},
     {("share", False, "payment information", "Unnamed third party")}),
    ("When we transfer your data to partners, we require them to protect it.",
     {("share", False, "personal information", "Unnamed third party")}, set()),
    # what the vendor cannot guarantee others will never do is a risk, however deep the clause; "how we use it"
    # after a list of what the policy covers is spoken about
    ("We cannot guarantee that unauthorized third parties will never be able to defeat those measures or use your "
     "personal information for improper purposes.", set(), {("share", False, "personal information",
                                                              "Unnamed third party")}),
    ("This policy outlines the information we collect and how we use and disclose that information.",
     set(), {("share", False, "personal information", "Unnamed third party")}),
    # what an activity or a feature requires the user to share, the user gives
    ("Registration requires providing your name and email address.", {("collect", False, "name", None)}, set()),
    ("Some features of the app may require sharing your location.", {("collect", False, "geolocation", None)},
     {("share", False, "geolocation", "Unnamed third party")}),
    # a record of the disclosures of one's data is access to it
    ("You may request a record of any disclosure of your medical information.",
     {("access", False, "health information", None)}, set()),
    # cookies a third party distributes are its own; a list of one's personal information is access to it
    ("Some of our advertising partners may distribute cookies to users in advertisements that are provided to us.",
     {("share", False, "cookie", "Named third party")}, set()),
    ("If you live in California, you can request a list of the personal information we have shared with third "
     "parties for their marketing purposes.", {("access", False, "personal information", None)}, set()),
    # a cipher is a security measure, no company; a provider named beside its kind receives what it is given
    ("All data is encrypted in transit using TLS 1.2 and at rest using AES-256.",
     {("protect", False, "personal information", None)},
     {("share", False, "personal information", "Named third party")}),
    ("Our payment provider, Stripe, receives your card details.",
     {("share", False, "credit card number", "Named third party")}, set()),
    # identity documents and selfies taken to verify who the user is
    ("To verify your identity we collect a photo of your passport or driving licence and a selfie video.",
     {("collect", False, "social security number", None), ("collect", False, "sensitive personal information", None)},
     set()),
    # a country the data leaves is no place it is kept
    ("When we transfer your data outside the UK, we rely on standard contractual clauses.",
     {("store", False, "personal information", None)}, {("store", False, "personal information", "GB")}),
    # a company named after a comma behind a kind of recipient receives the data, however the parser hangs it
    ("We share your data with our banking partner, Clearwater Bank plc, which holds your funds.",
     {("share", False, "personal information", "Named third party")}, set()),
    # recordings are the user's content; firmware versions and Wi-Fi network names describe the device
    ("Video recordings are kept for 30 days.", {("retain", False, "user communications", None)}, set()),
    ("Our devices send us their serial number, firmware version and the name of the Wi-Fi network they use.",
     {("collect", False, "operating system", None)}, set()),
    # the features a user uses are activity on the service
    ("We record the features you use.", {("collect", False, "pages visited", None)}, set()),
    # a disclosure the user asks for, to nobody else, is the user's access to the data
    ("California residents may ask us to disclose the categories of personal information we have collected.",
     {("access", False, "personal information", None)},
     {("share", False, "personal information", "Unnamed third party")}),
    # gift cards, donations and send-to-a-friend are features beyond the service itself
    ("When you register your gift card on the site, we ask for your name and email address to replace the card if "
     "it is lost.", {("use", False, "email address", "Additional service/feature")}, set()),
    # "it" after a verb whose object names whose data it is ("student information") stands for that data
    ("We do not sell student information and we do not disclose it to advertisers.",
     {("sell", True, "personal information", "Unnamed third party"), ("share", True, "personal information",
                                                                        "Named third party")}, set()),
    # a person who acts for the user and hands the vendor the user's data gives it to the vendor
    ("Teachers give us their name, school email address and school name when they sign up.",
     {("collect", False, "email address", None)}, set()),
    ("Your employer may provide us with your work email address.", {("collect", False, "email address", None)}, set()),
    # an app that accesses the user's data takes it; staff who may access data are a limit on access
    ("With your permission, the app accesses your precise location to detect fraudulent payments.",
     {("collect", False, "geolocation", None)}, set()),
    ("Only our authorized staff can access the personal information you give us.",
     {("protect", False, "personal information", None)}, {("use", False, "personal information", None)}),
    # a verb with a modal of its own goes on the clause with a modal, not on an infinitive the parser hangs it on
    ("Third-party sharing buttons may set a cookie to enable the Button to function properly and may collect "
     "information about you, such as your IP address.", {("share", False, "ip address", "Unnamed third party")},
     {("collect", False, "ip address", None)}),
    # a measure the vendor commits to is promised; a commitment to privacy in general names no data
    ("We are committed to keeping your personal information confidential.",
     {("protect", False, "personal information", None)}, set()),
    ("We are committed to using your data responsibly.", set(), {("use", False, "personal information", None)}),
    # a list of the disclosures of one's data is access to it
    ("You may request a list of the disclosures of your health information that we made.",
     {("access", False, "health information", None)}, set()),
    # what the user's request asks for is the user's right
    ("We will respond to your request to update, delete, or correct your personal information within 30 days.",
     {("edit", False, "personal information", None), ("delete", False, "personal information", None)}, set()),
    # data worked out from other data is obtained too
    ("We use your IP address to determine your approximate location.",
     {("collect", False, "geolocation", None), ("use", False, "ip address", "Basic service/feature")}, set()),
    ("We do not use your IP address to determine your location.", set(), {("collect", False, "geolocation", None)}),
    # the GDPR rights to restrict processing and to object are choices to refuse; the vendor's own limits are not
    ("You may request restriction of processing of your personal data.", {("opt-out", False, None, None)}, set()),
    ("We restrict the processing of your data to what is necessary.", set(), {("opt-out", False, None, None)}),
    # a company whose name the tagger does not know, used to process or handle data, gets it
    ("We use Stripe to process your payment information.",
     {("share", False, "payment information", "Named third party")}, set()),
    # companies or members in the vendor's own group are affiliates, not other users or strangers
    ("We may share your information with other members of our corporate group.",
     {("share", False, "personal information", "Other part of company/affiliate")},
     {("share", False, "personal information", "Other users")}),
    # a refusal worded with its own "not" is the choice, not its denial
    ("If you do not want to receive e-mail from us, please adjust your communication preferences.",
     {("opt-out", False, None, None)}, {("opt-out", True, None, None)}),
    # a browser the user closes, or that data passes through, or that has a cookie, is no data about it
    ("Session cookies expire when you close your browser.",
     {("retain", False, "cookie", None)}, {("retain", False, "browser type", None)}),
    ("We collect information from cookies stored on your browser.",
     {("collect", False, "cookie", None)}, {("collect", False, "browser type", None)}),
    ("Web beacons allow us to recognize a browser's cookie when a browser visits our site.",
     {("collect", False, "cookie", None)}, {("collect", False, "browser type", None)}),
    ("We may collect the type of browser you use and your browser's capabilities.",
     {("collect", False, "browser type", None)}, set()),
    # "them" in a relative clause stands for what the clause speaks of, not for data of a clause beside it
    ("We use session cookies (which expire when you close your web browser) and persistent cookies (which remain "
     "on your device until you delete them).", {("retain", False, "cookie", None)}, {("retain", False, "browser type", None)}),
    # "they" after people in its sentence is those people, not the data of the sentence before
    ("We collect your email address. Our employees must use password-protected screen savers when they leave their "
     "desks.", {("collect", False, "email address", None)}, {("protect", False, "email address", None)}),
    # data a participle says is gathered on the vendor's site, in the main clause, is collected
    ("Information gathered on our website, including traffic patterns, is used mainly for the following purposes:",
     {("collect", False, "pages visited", None)}, set()),
    ("We may combine information gathered from several of our sites into a single record.",
     {("collect", False, "personal information", None)}, set()),
    ("The law requires companies that operate websites to post a policy stating the information being collected.",
     set(), {("collect", False, "personal information", None)}),
    # the user excluding their data from a use is an opt-out; the vendor excluding data is none
    ("You may exclude your data from our analytics by installing the opt-out add-on.",
     {("opt-out", False, "personal information", None)}, set()),
    ("We exclude your payment details from the reports we share with partners.",
     set(), {("opt-out", False, "payment information", None)}),
    # data given to the vendor and to others beside it goes to both
    ("Your IP address may be provided to us and to third parties.",
     {("collect", False, "ip address", None), ("share", False, "ip address", "Unnamed third party")}, set()),
    ("Your information may be shared with our website and with our partners.",
     {("collect", False, "personal information", None), ("share", False, "personal information", "Unnamed third party")},
     set()),
    # part of the user's data available to others, however the adjective is joined, goes to them
    ("Some of your profile information may be searchable and available to other users.",
     {("share", False, "account information", "Other users")}, set()),
    # what the user tells the vendor it gets; what the user tells others it does not
    ("You can tell us your preferences in the settings.", {("collect", False, "interests and preferences", None)}, set()),
    ("Some browsers let you tell websites that you do not want your online activities tracked.", set(),
     {("collect", False, "browsing path", None)}),
    # a phone with a part, or that data lands on, is the device, not a phone number
    ("With your permission, we collect your precise location from your phone's GPS.",
     {("collect", False, "geolocation", None)}, {("collect", False, "phone number", None)}),
    ("You can turn off location access at any time in your phone settings.", {("opt-out", False, "geolocation", None)},
     set()),
    # the vendor keeping a copy of the user's messages is no access of the user's
    ("When you contact our support team, we keep a copy of your messages.",
     {("retain", False, "user communications", None)}, {("access", False, "user communications", None)}),
    # withdrawing consent to a processing refuses it, for the data processed
    ("You can withdraw your consent to the processing of your sensitive data.",
     {("opt-out", False, "sensitive personal information", None)}, set()),
    # what the user adds to their profile or account the vendor gets; people added, or data added and updated, not
    ("You may add photos and your job title to your profile.",
     {("collect", False, "user communications", None), ("collect", False, "occupation", None)}, set()),
    ("As you add operators to your account, we collect each operator's name.", {("collect", False, "name", None)},
     {("collect", False, "account information", None)}),
    ("You can add or update your information at any time.", {("edit", False, "personal information", None)},
     {("collect", False, "personal information", None)}),
    # the last digits and the expiry date of a card are card data
    ("Our payment processor shares with us the last four digits and the expiry date of your card.",
     {("collect", False, "credit card number", None)}, set()),
    # a link the vendor provides is no link clicked, and where it sits is no storage
    ("You can unsubscribe using the link in every newsletter.", {("opt-out", False, None, None)},
     {("opt-out", False, "links clicked", None)}),
    ("You may opt out by following the unsubscribe link located at the bottom of each email communication.",
     {("opt-out", False, None, None)}, {("store", False, "user communications", None)}),
    # a party the vendor requires to protect the data keeps it safe
    ("We require each of our service providers to protect the data under a written contract.",
     {("protect", False, "personal information", None)}, set()),
    ("We require our partners to protect their own systems.", set(), {("protect", False, "personal information", None)}),
    # a business or office address is a postal address
    ("When you sign up, we collect your business name and business address.",
     {("collect", False, "postal address", None)}, set()),
    # asking the vendor to correct data is the right to edit it; "it" after "a copy of your data" is the user's data
    ("You can ask for a copy of your data, ask us to correct or erase it, and object to direct marketing.",
     {("access", False, "personal information", None), ("edit", False, "personal information", None),
      ("delete", False, "personal information", None)}, set()),
    ("We assume no duty to update or correct such information.", set(), {("edit", False, "personal information", None)}),
    # records kept of subscribers are their account data; a reading history is what they browsed
    ("We keep subscriber records for six years after the subscription ends.",
     {("retain", False, "account information", None)}, set()),
    ("We recommend articles based on your reading history.",
     {("use", False, "browsing path", "Personalization/Customization")},
     set()),
    # "and/or" joins data, however the parser hangs the first item
    ("We ask users to enter sensitive information (such as credit card number and/or social security number).",
     {("collect", False, "credit card number", None), ("collect", False, "social security number", None)}, set()),
    # what the reader is told to request in a letter they send is no collection of the vendor's
    ("To do this, please send a letter to the address below requesting to see your information.", set(),
     {("collect", False, "personal information", None)}),
    # a browser that acts is the program, not data about it
    ("If you want to limit the information we collect, most web browsers allow you to disable certain functionality.",
     set(), {("use", False, "browser type", "Basic service/feature"), ("collect", False, "browser type", None)}),
    # contact the user asks for is the user's wish, no use of the vendor's
    ("For example, you may ask that we contact you at home instead of at work.", set(),
     {("use", False, "contact information", "Basic service/feature")}),
    # the information on the user's account is theirs to have deleted
    ("You may ask to have the information on your account deleted or removed.",
     {("delete", False, "personal information", None)}, set()),
    # a use on a condition the law sets serves a legal requirement
    ("We may use or disclose your health information if we are required by law to do so.",
     {("use", False, "health information", "Legal requirement")}, set()),
    ("If you break the law, we may use your information to investigate.", set(),
     {("use", False, "personal information", "Legal requirement")}),
    # order records kept for years are kept
    ("We keep order records for 7 years to comply with tax law.", {("retain", False, "payment information", None)},
     set()),
    # what information shared with others is said to be, they get
    ("Any information that might be shared with third parties will be aggregate information only.",
     {("share", False, "aggregate information", "Unnamed third party")},
     {("collect", False, "aggregate information", None)}),
    ("Information we share with advertisers may include your age and gender.",
     {("share", False, "age", "Named third party")}, {("collect", False, "age", None)}),
    # material changes of something other than the policy are no policy change
    ("We may notify you of major Website changes.", set(), {("policy-change", False, None, None)}),
    # technical or safety measures used to protect data are a security measure, no use of the data
    ("We make use of technical safety measures of the highest standards to protect the provided data against loss.",
     {("protect", False, "personal information", None)},
     {("use", False, "personal information", "Service operation and security")}),
    # reviewing a document is reading it, no access to data
    ("If you are a customer visitor you should review the privacy policy of the customer's website, which will govern "
     "your use of the software.", set(), {("access", False, "pages visited", None)}),
    # access to features of the service, or access prevented, is no right over data
    ("We may also provide you with access to certain features or functions that we may offer on the Site, such as chat "
     "rooms and your profile.", set(), {("access", False, "account information", None)}),
    ("You should always log out of your account in order to prevent access to your information from other users of "
     "that computer.", set(), {("access", False, "personal information", None)}),
    # a computer's internet address is its IP address; device identification numbers identify the device
    ("We collect the Internet address of the computer being used and mobile device identification numbers.",
     {("collect", False, "ip address", None), ("collect", False, "device identifier", None)}, set()),
    # data the vendor gets from a social network is social media data as well
    ("If you sign up with Facebook, we receive your name and email address from Facebook.",
     {("collect", False, "name", None), ("collect", False, "social media data", None)}, set()),
    # a list of examples the parser broke into clauses ("pages visited" as a verb) keeps every item
    ("Cookies allow us to collect information such as browser type, time spent on the site, pages visited, "
     "language preferences, and your relationship with us.",
     {("collect", False, "browser type", None), ("collect", False, "access time", None),
      ("collect", False, "pages visited", None), ("collect", False, "browser language", None)}, set()),
    # an item after the examples that is coordinated with the subject stays the subject's, and the verb keeps it
    ("If we sell our assets to another organization, your information such as name and email address, User "
     "Content and any other information collected through the Service may be among the items sold or transferred.",
     {("share", False, "name", "Unnamed third party"), ("share", False, "user communications", "Unnamed third party")},
     set()),
    # an infinitive the parser hung on "permit" as an adverbial clause: the permitted party does it
    ("We also may from time to time permit other advertising service providers and advertisers to collect "
     "other information on the Site.",
     {("share", False, "personal information", "Named third party")}, {("collect", False, "personal information", None)}),
    # an opportunity (option) to give data is data asked for and optional, not a choice to refuse it
    ("We may offer you the opportunity to submit other information about yourself, such as your age and occupation.",
     {("collect", False, "age", None), ("collect", False, "occupation", None)}, {("opt-out", False, "age", None)}),
    ("You will have the option to provide your phone number.",
     {("collect", False, "phone number", None)}, {("opt-out", False, "phone number", None)}),
    # opting out of a practice named by a gerund is about the gerund's data
    ("You can opt out of sharing your email address.", {("opt-out", False, "email address", None)}, set()),
    # a list the parser broke after a label and a colon keeps every item as the verb's object
    ("Account details: when you create an account we ask for a username, your email address and your year of birth.",
     {("collect", False, "username", None), ("collect", False, "email address", None),
      ("collect", False, "date of birth", None)}, set()),
    # "servers log" is a subject and its verb, not server logs: the verb's object is collected
    ("When you play, our servers log your device model, language setting and IP address.",
     {("collect", False, "ip address", None), ("collect", False, "browser language", None)}, set()),
    # coordinated verbs with data objects of their own each act on their own data
    ("You can access your data, correct your email address or delete your account.",
     {("access", False, "personal information", None), ("edit", False, "email address", None),
      ("delete", False, "account information", None)},
     {("access", False, "email address", None), ("delete", False, "email address", None)}),
    ("California residents have the right to know what personal information we have collected about them, to delete "
     "it, to correct inaccurate information, and to limit the use of sensitive personal information.",
     {("delete", False, "personal information", None)}, {("delete", False, "sensitive personal information", None)}),
    # a third party that utilizes tracking tools collects with them
    ("Third-party companies receive your IP address and may also utilize other technologies such as cookies or web "
     "beacons.", {("share", False, "cookie", "Unnamed third party"), ("share", False, "ip address", "Unnamed third party")},
     set()),
    # other players of a game are other users; "events" a service processes are no marketing
    ("Your profile is visible to other players.", {("share", False, "account information", "Other users")}, set()),
    # "only" on a third party's use restricts what it does with the data, not who else gets it
    ("We use service providers such as Google Cloud for hosting. They may only use your information to perform "
     "services for us.", {("share", False, "personal information", "Named third party")},
     {("share", True, "personal information", "Unnamed third party")}),
    # health and insurance vocabulary
    ("We collect your medical history, prescriptions and insurance member ID.",
     {("collect", False, "health information", None), ("collect", False, "payment information", None)}, set()),
    ("We send claims to your insurer, which include your diagnosis codes.",
     {("share", False, "health information", "Named third party")}, set()),
    # choosing whether to receive something or to give data is a choice
    ("You can choose whether to receive text reminders.", {("opt-out", False, None, None)}, set()),
    ("You may choose whether to share your location with us.", {("opt-out", False, "geolocation", None)}, set()),
    # an exception belongs to the clause that makes it, not to another clause joined to it
    ("We do not sell your data, and we do not share it with anyone except Stripe.",
     {("sell", True, "personal information", "Unnamed third party"), ("share", False, "personal information",
                                                                       "Named third party")},
     {("sell", False, "personal information", "Named third party")}),
    # payments an exception serves are no payment for the data
    ("We do not share your personal data with anyone, except with Stripe for card payments.",
     {("share", False, "personal information", "Named third party")}, {("sell", True, "personal information",
                                                                          "Unnamed third party")}),
    # "it" after "sell, rent or trade personal data" (read as nouns) is that data
    ("We do not sell, rent or trade personal data, and we do not share it with anyone, except with Stripe.",
     {("share", True, "personal information", "Unnamed third party")}, set()),
    # a list after a negated lead-in ending in "except:" lists the exceptions
    ("We do not sell personal data, and we do not share it with anyone, except:\n\n1. with Stripe, for card "
     "payments;\n2. with our hosting partner.",
     {("share", False, "personal information", "Named third party")},
     {("sell", False, "personal information", "Named third party"), ("share", True, "personal information",
                                                                     "Named third party")}),
    ("When a court orders us to, we hand over only the data we have.",
     {("share", False, "personal information", "Law enforcement/government")}, set()),
    # the content of emails is what they say, not an email address
    ("We collect the content of your emails and messages.", {("collect", False, "user communications", None)},
     {("collect", False, "email address", None)}),
    # Switzerland is a country where data can be stored
    ("We store your messages on our servers in Sweden and Switzerland.",
     {("store", False, "user communications", "SE"), ("store", False, "user communications", "CH")}, set()),
    # a named company that sends the vendor data gives it data the vendor collects
    ("Stripe processes the payment and sends us only the last four digits of your card and its expiry date.",
     {("collect", False, "credit card number", None)}, set()),
    ("Children should always get permission before sending us any personal information.",
     set(), {("collect", False, "personal information", None)}),
    # a parent corporation (or holding company) is part of the company, named or not
    ("We share user information with our parent corporation (Initech, Inc.) and the subsidiaries it controls.",
     {("share", False, "personal information", "Other part of company/affiliate")},
     {("share", False, "personal information", "Named third party")}),
    # a unique identifier of a device identifies the device
    ("If you use our mobile app, we may collect your GPS location or your device's unique identifier.",
     {("collect", False, "device identifier", None)}, {("collect", False, "account number", None)}),
    ("We may receive information about your mobile device, including a unique identifier for your device.",
     {("collect", False, "device identifier", None)}, {("collect", False, "account number", None)}),
    # a data word joined by a hyphen to what follows only qualifies it: location-based services are a feature
    ("We may use this information to provide you with location-based services, such as search results.",
     {("use", False, "personal information", "Additional service/feature")}, set()),
    # registration as an occasion or an act is no registration data
    ("If you indicated upon registration that you are interested in receiving offers, we may send you direct mail.",
     set(), {("use", False, "registration data", "Marketing")}),
    # CCPA categories: professional or employment-related information, education information
    ("We collect professional or employment-related information and education information.",
     {("collect", False, "occupation", None), ("collect", False, "demographic information", None)}, set()),
    # "legal effects" a decision has are no legal purpose of the use
    ("We do not use your data to make decisions that have legal effects on you.",
     set(), {("use", True, "personal information", "Legal requirement")}),
    # app and game vocabulary: events logged, session length, in-app purchases
    ("We log app events, session length and in-app purchases.",
     {("collect", False, "browsing path", None), ("collect", False, "access time", None),
      ("collect", False, "payment information", None)}, set()),
    # "USA" is the United States even where the tagger misses it
    ("We share data with hosting providers (Google Cloud, in Belgium and the USA).",
     {("store", False, "personal information", "BE"), ("store", False, "personal information", "US")}, set()),
    # a word of a data phrase's examples ("bank" of "bank account number") receives nothing
    ("To enroll, we will ask that you provide information such as your name and your bank account number.",
     {("collect", False, "bank account number", None)}, {("share", False, "bank account number", "Named third party")}),
    # supplementing (augmenting, enriching) what one has with information from elsewhere obtains it
    ("We may supplement the information we collect with information from other sources, such as public databases.",
     {("collect", False, "personal information", None)}, set()),
    # why the user must provide data ("to send a card, you will have to ...") is why it is collected
    ("To send an e-card, you will have to provide your email address and the email address of the recipient.",
     {("use", False, "email address", "Additional service/feature")}, set()),
    # a verb with an object of its own takes no data from the verbs joined to it
    ("If you delete cookies, buy a new device, or log in under a different screen name, you will need to opt out "
     "again.",
     set(), {("collect", False, "username", None)}),
    ("We disclose personal information to service providers that process payments, host our website and send emails.",
     {("share", False, "personal information", "Service provider/agent")},
     {("store", False, "personal information", None)}),
    # "make X available to Y" with the state hung on the object's last word
    ("We may make the information we collect from and about you available to certain service providers.",
     {("share", False, "personal information", "Service provider/agent")}, set()),
    # a choice word that says which data ("your opt-out information") offers no choice
    ("We may disclose your opt-out information to third parties so they can suppress your name from their lists.",
     {("share", False, "personal information", "Unnamed third party")}, {("opt-out", False, None, None)}),
    # someone other than the user who gives the vendor data gives it data the vendor collects
    ("If someone refers you, they give us your phone number.", {("collect", False, "phone number", None)}, set()),
    ("Children under 13 should not use the site. If they send us personal information, we will delete it.",
     set(), {("collect", False, "personal information", None)}),
    # what a request supposes ("if your account is deactivated") is not what the user asks for
    ("If your account is deactivated as a result, you can ask for a human review.",
     set(), {("delete", False, "account information", None)}),
    # the user's history of something ("your trip history") is their data, if of no kind more precise
    ("You can download a copy of your trip history from the settings page.",
     {("access", False, "personal information", None)}, set()),
    ("Access to location history is limited to staff who need it for safety investigations.",
     {("protect", False, "geolocation", None)}, set()),
    # the party data goes to is no data, whatever data words name it ("your employer" is no company name shared)
    ("If you ride on a business account, we share your trip details with your employer.",
     {("share", False, "personal information", "Unnamed third party")}, {("share", False, "company name", None)}),
    ("We may release some health information about you to your employer.",
     {("share", False, "health information", "Unnamed third party")}, {("share", False, "company name", None)}),
    # but what the parser hangs on the party may be the data's ("claims ..., which include your diagnosis codes")
    ("To bill, we send claims to your insurer, which include your diagnosis codes.",
     {("share", False, "health information", "Named third party")}, set()),
    # the roles a service gives its users are users ("riders", "drivers", "players")
    ("Riders can turn off location sharing in their device settings.", {("opt-out", False, "geolocation", None)},
     set()),
    ("Drivers also provide their driver's license number and, where permitted by law, a background check report.",
     {("collect", False, "social security number", None)},
     {("share", False, "social security number", "Law enforcement/government")}),
    # what the law permits is done, not done for the authorities
    ("We disclose your name where permitted by law.", set(), {("share", False, "name", "Law enforcement/government")}),
    # "with X to do Y": the parser may make X the subject of the infinitive; X still receives
    ("We share trip and account data with insurance companies to handle claims, and with law enforcement when we "
     "receive a valid legal request.",
     {("share", False, "account information", "Named third party"),
      ("share", False, "account information", "Law enforcement/government")}, set()),
    # "the US" is the country, not "us"
    ("If you live in the European Union, your data is transferred to the US under standard contractual clauses.",
     {("store", False, "personal information", "US")}, {("collect", False, "personal information", None)}),
    # where the vendor's servers, or the data, are, said with "be": the data is stored there
    ("Chirp, Inc. is located in Canada. Our servers are in Canada and the United States.",
     {("store", False, "personal information", "CA"), ("store", False, "personal information", "US")}, set()),
    ("Our headquarters are in Canada.", set(), {("store", False, "personal information", "CA")}),
    # a report of one's data asked for, like a copy, is access to it
    ("You can request a report of your account data in Settings.", {("access", False, "account information", None)},
     set()),
    # "kept on our servers": a place the parser may take for a state the data is kept in
    ("Your messages. Undelivered messages are kept on our servers in encrypted form for up to 30 days.",
     {("retain", False, "user communications", None)}, set()),
    # an address book is contact information; "they" in a clause hung on data stands for that data
    ("We never store your address book.", {("store", True, "contact information", None)}, set()),
    ("Phone numbers from your address book are hashed on your device before they are sent to us.",
     {("collect", False, "phone number", None), ("protect", False, "phone number", None)}, set()),
    # an item of what something includes that is said to be "no" part of it is not included
    ("If you opt in, the app sends crash reports to us. They contain your device model but no message content.",
     {("collect", False, "operating system", None)}, {("collect", False, "user communications", None)}),
    # being removed from a mailing list is an opt-out; from the groups one was in, a consequence of deletion
    ("You can delete your account at any time; this erases your profile and removes you from all groups.",
     {("delete", False, "account information", None)}, {("opt-out", False, None, None)}),
    # an employer is a party, not data, unless it is the user's own; a CV is about the user's occupation
    ("When you apply for a job, the employer receives your profile and your CV.",
     {("share", False, "account information", "Unnamed third party"),
      ("share", False, "occupation", "Unnamed third party")},
     {("share", False, "company name", "Unnamed third party")}),
    ("We collect your employer and job title.", {("collect", False, "company name", None)}, set()),
    # a verb with data of its own as object takes none from the verbs joined to it
    ("Users may hide their profile from search or delete their account.",
     {("delete", False, "account information", None)}, {("delete", False, "search terms", None)}),
    # the user creating a profile sets up an account; the vendor creating a profile of someone personalizes
    ("When you create a profile, you give us your name and email address.",
     {("collect", False, "name", None)}, {("use", False, "name", "Personalization/Customization")}),
    # links to somewhere ("links to your LinkedIn profile") are hyperlinks, however the parser hangs "to", not clicks
    ("You may also add a photo and links to your LinkedIn or GitHub profiles.",
     {("collect", False, "social media data", None)}, {("collect", False, "links clicked", None)}),
    # what data is put into goes where the thing it is put into goes ("added to a list that is rented")
    ("Your name and address will be added to our mailing list, which we may rent to other organizations.",
     {("sell", False, "name", "Unnamed third party")}, set()),
    ("All personal information collected at the booth is placed in a database that is not shared with third parties.",
     {("share", True, "personal information", "Unnamed third party")}, set()),
    # what is shared internally stays within the company
    ("We share your information internally with our staff.",
     {("share", False, "personal information", "Other part of company/affiliate")},
     {("share", False, "personal information", "Unnamed third party")}),
    # what one user of the service sees of another's is shown to other users; a customer's view of its visitors is not
    ("Drivers see a rider's first name and pickup location.",
     {("share", False, "name", "Other users")}, {("access", False, "name", None)}),
    ("Sellers can view the buyer's shipping address.", {("share", False, "postal address", "Other users")}, set()),
    ("Operators can see the visitor's IP address.", set(), {("share", False, "ip address", "Other users")}),
    # credit bureaus and reporting agencies are a kind of third party, not a company's name
    ("We may report information about your account to credit bureaus.",
     {("share", False, "account information", "Named third party")}, set()),
    # what the user does on the occasion a general object is given is no part of it
    ("You provide most such information when you search, buy, post, or answer a questionnaire.", set(),
     {("collect", False, "survey responses", None), ("collect", False, "user communications", None)}),
    # a verb with an object of its own takes no data from what a verb joined to it says
    ("These cookies make your use of the site faster and save your logged-in state.", set(),
     {("store", False, "pages visited", None), ("use", False, "pages visited", "Basic service/feature")}),
    # data kept "with" a third party is shared with it; kept "with" a thing is not
    ("Support tickets are stored with Zendesk in the United States.",
     {("store", False, "user communications", "US"), ("share", False, "user communications", "Named third party")},
     set()),
    ("We store backups with our cloud provider.", {("share", False, "personal information", "Service provider/agent")},
     set()),
    ("We store your name with your order.", {("store", False, "name", None)},
     {("share", False, "name", "Unnamed third party")}),
    # data a third party handles it gets
    ("Your card details are handled by our payment processor.",
     {("share", False, "credit card number", "Service provider/agent")}, set()),
    # where a condition's party is, no data goes; a US state, Canadian province or Australian state is in its country
    ("We may disclose your information if a court in Germany orders us to.", set(),
     {("store", False, "personal information", "DE")}),
    ("Our servers are located in Oregon.", {("store", False, "personal information", "US")}, set()),
    ("For Vermont residents: we will not share your information with our affiliates except as allowed by Vermont law.",
     set(), {("store", False, "personal information", "US")}),
    # data handed "to" a party of no known kind goes to a third party; "to" a site, a machine or the user does not
    ("We pass your booking data to the airline you booked with.",
     {("share", False, "payment information", "Named third party")}, set()),
    ("We provide links from our pages to external websites.", set(),
     {("share", False, "links clicked", "Unnamed third party")}),
    ("We collect your billing country.", {("collect", False, "billing address", None)}, set()),
    # "of" belongs to the data phrase after a name, not to the name
    ("We ask for each passenger's name and date of birth.", {("collect", False, "name", None)}, set()),
    ("This includes the names and addresses of all third parties with which we shared information.", set(),
     {("collect", False, "name", None)}),
    ("We keep booking records for ten years.", {("retain", False, "payment information", None)}, set()),
    ("We may ask for your hotel loyalty number.", {("collect", False, "account number", None)}, set()),
    # data that goes or is sent "to" a party is shared with it; a letter sent to someone shares nothing
    ("Your name and travel dates go to the hotel you booked.",
     {("share", False, "name", "Named third party")}, set()),
    ("When you book a room, we send your name to the hotel.",
     {("share", False, "name", "Named third party")}, set()),
    ("Your name and travel dates go to the tour operator you booked.",
     {("share", False, "name", "Unnamed third party")}, set()),
    ("If you want your email address removed, send a letter to our Privacy Officer.", set(),
     {("share", False, "email address", "Unnamed third party")}),
    ("We collect your email address. This goes beyond what we need to send you receipts.", set(),
     {("share", False, "email address", "Unnamed third party")}),
    # a user's verb the tagger took for a noun in a list of rights is a verb
    ("You can access, correct or delete your data, object to marketing and ask for a copy of your data.",
     {("opt-out", False, None, None)}, set()),
    # a number after a data phrase is a threshold of age, not a time ("age 18 or older")
    ("You must be age 18 or older to register.", set(), {("collect", False, "age", None)}),
    # de-identified data of a kind the lexicon does not know is no personal data
    ("We may sell de-identified trip data to city planners.",
     {("sell", False, "non-personal information", "Unnamed third party")},
     {("sell", False, "personal information", "Unnamed third party")}),
    # storage a third party provides holds the data, where it is
    ("Our cloud infrastructure is provided by Microsoft Azure in Canada.",
     {("store", False, "personal information", "CA"), ("share", False, "personal information", "Named third party")},
     set()),
    # the user's device or a connected thing that sends data, to no one named, sends it to the vendor
    ("Your vehicle transmits its location, mileage and vehicle identification number.",
     {("collect", False, "geolocation", None), ("collect", False, "device identifier", None)}, set()),
    ("Your phone may share your location with apps you install.", set(), {("collect", False, "geolocation", None)}),
    # "it" after a clause the parser makes a complement of the next stands for that clause's data
    ("Our payment processor collects your card number; we never store it.",
     {("store", True, "credit card number", None)}, {("store", True, "personal information", None)}),
    ("The cookie does not remember any information about you; it helps us count visitors.", set(),
     {("use", False, "personal information", "Analytics/Research")}),
    # the data an account is created with is given to the vendor; the account created is no data
    ("To sign up, you create an account with your name and email address.",
     {("collect", False, "name", None), ("collect", False, "email address", None)}, set()),
    ("When you create a profile, you can add a photo.", set(), {("collect", False, "account information", None)}),
    # a court order, warrant or subpoena the disclosure waits on names who receives it
    ("We also disclose information when we receive a valid warrant or court order.",
     {("share", False, "personal information", "Law enforcement/government")},
     {("share", False, "personal information", "Unnamed third party")}),
    # what the vendor does not do unless the user chooses it, it does when the user does
    ("Voice commands are not recorded unless you turn on voice history.",
     {("collect", True, "user communications", None), ("collect", False, "user communications", None)}, set()),
    ("Other than names and email addresses provided at your discretion, we do not collect personal information such as "
     "phone numbers.",
     {("collect", False, "email address", None)}, {("collect", False, "phone number", None)}),
    ("We do not store your card number unless required by law.", set(), {("store", False, "credit card number", None)}),
    # the data held about one's child is the data a parent's rights bear on
    ("You can review the information we hold about your child.", {("access", False, "personal information", None)},
     set()),
    # "it" after verbs joined before it stands for their object
    ("We do not sell or rent your information, and we do not share it with anyone except our service providers.",
     {("share", True, "personal information", "Unnamed third party"),
      ("share", False, "personal information", "Service provider/agent")}, set()),
    ("We collect a persistent identifier (a randomly generated install ID).",
     {("collect", False, "device identifier", None)}, set()),
    # a name the parser hung on the verb as a modifier is its subject
    ("Firebase (Google) stores the install ID and crash reports on servers in the United States.",
     {("share", False, "server logs", "Named third party"), ("store", False, "server logs", "US")}, set()),
    # the user's not giving data, stated of the service, is data not collected; supposed or advised, it is not
    ("You cannot enter your name or email address anywhere in the app.",
     {("collect", True, "name", None), ("collect", True, "email address", None)}, set()),
    ("If you do not provide your email address, you cannot register.", set(),
     {("collect", True, "email address", None)}),
    ("You should not send us your password.", set(), {("collect", True, "password", None)}),
    # what the user watches is online activity, not a job title
    ("We collect the titles you watch and your job title.",
     {("collect", False, "pages visited", None), ("collect", False, "occupation", None)}, set()),
    ("We record the shows you watch.", {("collect", False, "pages visited", None)},
     {("collect", False, "occupation", None)}),
    # the ads an aim chooses or shows are its purpose, though "the ads you see" names data too
    ("We use your age range and gender to choose the ads you see.", {("use", False, "age", "Advertising")},
     {("use", False, "age", "Basic service/feature")}),
    # a relative clause that keeps its noun for a period states the retention
    ("We delete your account data within 10 months, except billing records, which we keep for seven years.",
     {("retain", False, "payment information", None)}, set()),
    ("We collect log data, which we keep for 30 days.", {("retain", False, "server logs", None)}, set()),
    # British spellings parse as their American forms ("to analyse" is no name); "analyses" stays a noun
    ("We use cookies to analyse how visitors use the site.", {("use", False, "cookie", "Analytics/Research")}, set()),
    ("We use your data to carry out analyses of our services.",
     {("use", False, "personal information", "Analytics/Research")}, set()),
    # the vendor's games and products act for it; a text chat is what is written in it, a voice chat is spoken
    ("Our games collect information about your gameplay, such as scores and time played.",
     {("collect", False, "browsing path", None)}, set()),
    ("In-game text chat may be monitored and logged to enforce the Terms of Service.",
     {("collect", False, "chat content", None), ("use", False, "chat content", "Service operation and security")},
     set()),
    ("Voice chat is not recorded.", {("collect", True, "user communications", None)}, set()),
    # a name the vendor uses to understand how its service is used is an analytics service; what the analysis
    # looks at ("how visitors use our forums") is no purpose, an aim of its own still is
    ("We use Unity Analytics to understand how players progress through our games.",
     {("share", False, "personal information", "Named third party")}, set()),
    ("We use cookies to understand how visitors use our forums.", {("use", False, "cookie", "Analytics/Research")},
     {("use", False, "cookie", "Additional service/feature")}),
    ("We use cookies to see which pages are popular and to personalize content.",
     {("use", False, "cookie", "Analytics/Research"), ("use", False, "cookie", "Personalization/Customization")},
     set()),
    ("This information will be used to analyze how our website is being used and for the purposes of analytical "
     "marketing.", {("use", False, "personal information", "Marketing")}, set()),
    # data that appears somewhere is published there; each thing listed as visible is shown
    ("Your username will appear next to your posts.", {("share", False, "username", "Public")},
     {("share", False, "user communications", "Public")}),
    ("Your reviews may appear on public pages of the site.", {("share", False, "user communications", "Public")},
     set()),
    ("Please enter your name as it appears on your credit card.", set(), {("share", False, "name", "Public")}),
    ("A pixel tag can record the URL of the page on which the tag appears.", {("collect", False, "pages visited", None)},
     {("share", False, "web beacon", "Public")}),
    ("Your username, avatar and bio are visible to other players.",
     {("share", False, "username", "Other users"), ("share", False, "account information", "Other users")}, set()),
    # the user's own data, though the parser hangs "your" on the "e" of "e-mail"
    ("You can update your e-mail address and password at any time.",
     {("edit", False, "email address", None), ("edit", False, "password", None)}, set()),
    # a domain name is one word and names a company ("Authorize.Net" is no sentence end)
    ("Credit card payments are processed by Authorize.Net.",
     {("share", False, "personal information", "Named third party")}, set()),
    ("Our web server logs the IP address of each visitor, the browser used and the pages requested.",
     {("collect", False, "ip address", None), ("collect", False, "browser type", None),
      ("collect", False, "pages visited", None)}, set()),
    ("We use your IP address to track site usage.", {("use", False, "ip address", "Analytics/Research")}, set()),
    # what the vendor needs it asks for; needing to do something is no collection
    ("If you subscribe to our newsletter, we only need your e-mail address.",
     {("collect", False, "email address", None)}, set()),
    ("We may need to disclose your information to comply with the law.", set(),
     {("collect", False, "personal information", None)}),
    # a clause before a semicolon is a clause of its own, not a complement the next clause denies
    ("Payments are handled by Paddle; we never see your card number.",
     {("share", False, "personal information", "Named third party")}, set()),
    # a nonprofit's donors and gifts: processing gifts serves the service; data kept somewhere is stored there;
    # tax reporting is a legal requirement
    ("We use donor information to process gifts.", {("use", False, "personal information", "Basic service/feature")},
     set()),
    ("We use donor information to keep you informed about our work.",
     {("use", False, "personal information", "Marketing")}, set()),
    ("Donor records are kept in a secure database hosted in Canada.",
     {("retain", False, "account information", None), ("store", False, "account information", "CA")}, set()),
    ("We retain donation records for seven years to meet our tax reporting obligations.",
     {("retain", False, "payment information", None), ("use", False, "payment information", "Legal requirement")},
     {("use", False, "payment information", "Analytics/Research")}),
    # information in general that a sentence acts on is what "it" stands for next, not older specific data;
    # not information of a clause within
    ("We collect your name and address. We may share information with vendors who help us with mailings. These "
     "vendors may not use it for any other purpose.",
     {("share", True, "personal information", "Service provider/agent")},
     {("share", True, "name", "Service provider/agent")}),
    ("We store your IP address. This protects us in case someone makes use of your data. None of this information is "
     "transferred to third parties.", {("share", True, "ip address", "Unnamed third party")}, set()),
    # records kept under lock are protected
    ("Paper records are kept in locked filing cabinets.", {("protect", False, None, None)}, set()),
    # the company that hosts the vendor's website holds its data, where it hosts it; "Ltd" ends a name
    ("Our website is hosted by Krystal Hosting Ltd in the United Kingdom.",
     {("share", False, "personal information", "Named third party"), ("store", False, "personal information", "GB")},
     set()),
    ("Some features of our site are hosted by a third party.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    # a lawful basis is no hobby; the site's usage is online activity
    ("We analyse website usage to improve the layout of our shop (legitimate interests).",
     {("use", False, "pages visited", "Analytics/Research")},
     {("use", False, "interests and preferences", "Analytics/Research")}),
    # a short acronym listed with a longer name is a company too; a channel alone is none
    ("We share your address with our couriers (DPD and Royal Mail).",
     {("share", False, "postal address", "Named third party")}, set()),
    # "including" hung on the verb after "for ... purposes" lists those purposes
    ("Like many websites, we use cookies, flash cookies, web beacons or similar technologies. We use cookies for "
     "a variety of purposes, including remembering you and your preferences, tracking your use of our Sites, "
     "and facilitating your payment transactions.",
     {("use", False, "cookie", "Analytics/Research"), ("use", False, "cookie", "Personalization/Customization")},
     set()),
    # tracking use of a service is analytics
    ("We use web beacons to track use of our services.",
     {("use", False, "web beacon", "Analytics/Research")}, set()),
    # a channel sent to the user uses the user's address for it; "mail" split off "e-mail" is no postal mail
    ("If they match, we e-mail the password reminder to the user.",
     {("use", False, "email address", "Basic service/feature")},
     {("use", False, "postal address", "Basic service/feature")}),
    ("We will automatically send a one-time email to the user with a link to reset the password.",
     {("use", False, "email address", "Basic service/feature")}, set()),
    # the owner of a goal or policy that is the subject acts
    ("Our goal is to collect and use information to deliver personalized services.",
     {("use", False, "personal information", "Personalization/Customization")}, set()),
    ("Their goal is to collect information about you.", set(),
     {("collect", False, "personal information", None)}),
    # data handed "to" a receiver no cue names is shared with a third party; a letter sent to someone is none
    ("We give your address to the fulfillment house.",
     {("share", False, "postal address", "Unnamed third party")}, set()),
    ("Only inquiries about this policy or your personal information should be sent to the Privacy Coordinator.",
     set(), {("share", False, "personal information", "Unnamed third party")}),
    # purposes told elsewhere in the policy are OPP-115's Other; purposes listed next are no purpose yet
    ("We may use Personal Information about you for purposes described in this Privacy Policy.",
     {("use", False, "personal information", "Other")}, set()),
    ("We use your data for the purposes described below.", set(),
     {("use", False, "personal information", "Other")}),
    # what the user does on the occasion is no aim of the vendor's; what the occasion is for still is
    ("When you report the weather at your location or contact support, we receive the content of your message.",
     {("collect", False, "user communications", None)},
     {("use", False, "user communications", "Analytics/Research")}),
    ("When you sign up to receive offers, we collect your email address.",
     {("use", False, "email address", "Marketing")}, set()),
    # a request to know what was collected is a request for access
    ("California residents may request to know what personal information we have collected about them.",
     {("access", False, "personal information", None)}, set()),
    # restaurants, hotels and airlines are third parties of a kind (named, as OPP-115 counts them)
    ("Restaurants receive your first name, your order and any notes you add to it.",
     {("share", False, "name", "Named third party")}, set()),
    # a party bound by law to pass data on is not held to terms that keep it safe
    ("Airlines are required by law to send passenger data to border authorities in the countries you fly to.",
     set(), {("protect", False, "personal information", None)}),
    ("Our service providers are required to keep your data confidential.",
     {("protect", False, "personal information", None)}, set()),
    # where "our data" is kept is where the users' data is; what else "our data" does is the vendor's own
    ("Our data is hosted by Google Cloud in Belgium.",
     {("store", False, "personal information", "BE"), ("share", False, "personal information", "Named third party")},
     set()),
    ("We use our data to improve our products.", set(),
     {("use", False, "personal information", "Analytics/Research")}),
    # coordinated modifiers share the head of a purpose cue as they do a data label's
    ("We keep your order records for six years for tax and accounting purposes.",
     {("use", False, "payment information", "Legal requirement")}, set()),
    # the address of the page that referred the visitor is the referring site, not a postal address
    ("Our web servers record the address of the page that referred you and the browser you use.",
     {("collect", False, "referring site", None)}, {("collect", False, "postal address", None)}),
    # "have to be released" is an obligation, not "have [it] released": what must be released is shared
    ("Information you submit to us may have to be released in response to a public records request.",
     {("share", False, "personal information", "Public")}, set()),
    ("Your data may need to be shared with our auditors.",
     {("share", False, "personal information", "Service provider/agent")}, set()),
    # access limited to staff keeps data safe, however the parser hangs the limit
    ("Access to the databases that hold this information is limited to staff who need it for their work.",
     {("protect", False, "personal information", None)}, set()),
    ("Access to our site is limited to registered users.", set(),
     {("protect", False, "personal information", None)}),
    # recommending things from the user's data is personalization
    ("To recommend shows you might like, based on your listening history.",
     {("use", False, "browsing path", "Personalization/Customization")}, set()),
    ("We recommend that you review this policy regularly.", set(),
     {("use", False, "personal information", "Personalization/Customization")}),
    # a transfer spoken of as a thing takes the data where it goes
    ("Transfers to the USA rely on the EU Standard Contractual Clauses.",
     {("store", False, "personal information", "US")}, set()),
    ("We make no transfers of your data to Canada.", set(),
     {("store", False, "personal information", "CA")}),
    # a message sent to the user by a channel uses the user's address on it
    ("We may send you product news by email if you opt in.",
     {("use", False, "email address", "Marketing")}, set()),
    # greeting cards sent through the site are an additional feature
    ("You might submit a person's name and e-mail address to send an electronic greeting card.",
     {("use", False, "email address", "Additional service/feature")}, set()),
    # "to do so" takes the aim the sentence before named; "if you wish to do so" and consent to it do not
    ("You may sign up for our newsletter. In order to do so, we will request that you provide your email address.",
     {("use", False, "email address", "Additional service/feature")}, set()),
    ("You may send us feedback about our newsletter. If you have given consent for us to do so, we may use your "
     "email address to contact you.", set(), {("use", False, "email address", "Additional service/feature")}),
    # the reader's doings listed after "when you ..." are the occasion, not things the vendor does
    ("We may collect your phone number when you visit our shops, place an order, enter a contest or survey, "
     "or write to us.", {("use", False, "phone number", "Additional service/feature")}, set()),
    ("We collect your email address when you register, store it on our servers or in the cloud and never sell it.",
     {("store", False, "email address", None), ("sell", True, "email address", "Unnamed third party")}, set()),
    # a condition the model made the root: the clause after its comma is the main one, an instruction to the reader
    ("If you would like more information about this practice and to know your choices about not having this "
     "information used by advertisers, please contact us at privacy@acme.com.", set(),
     {("collect", False, "personal information", None)}),
    ("If you do not enable the service to use your location information or if your phone does not have that feature, "
     "we will not collect or store your location information.", {("collect", True, "geolocation", None)}, set()),
    # a section's title in quotes names it; its verbs say nothing
    ('For details about log files, see "Information We Receive From Your Browser" below.', set(),
     {("collect", False, "browser type", None)}),
    # staff "who need" data are those access is kept to; what they need it for is not the vendor's aim
    ("We limit access to your data to employees and contractors who need to know that information in order to operate "
     "our services.", set(), {("use", False, "personal information", "Service operation and security")}),
    ("We need your phone number to deliver your order.",
     {("use", False, "phone number", "Basic service/feature")}, set()),
    # a web language used is no company given data; "this ... system" is the site's own, whatever it serves
    ("We also use JavaScript in some advertisements.", set(), {("share", False, "personal information",
                                                               "Named third party")}),
    ("This Government computer system uses software to monitor network traffic and identify attempts to change "
     "information.", set(), {("share", False, "personal information", "Law enforcement/government")}),
    # opening the vendor's emails and downloading files are online activities; shopping behaviour is browsing
    ("To make sure we have your right address, we may receive a confirmation when you open email from us.",
     {("collect", False, "links clicked", None)}, {("collect", False, "user communications", None)}),
    ("We record the files you download from our site.",
     {("collect", False, "pages visited", None)}, set()),
    ("We may obtain information about your shopping behavior from data brokers.",
     {("collect", False, "browsing path", None)}, set()),
    # "this information" after "excluding X" is the data before, less X, not X
    ("We collect your name, email address and credit card number. Excluding your card number, this information may "
     "be shared with our partners.", {("share", False, "email address", "Unnamed third party"),
                                      ("share", True, "credit card number", "Unnamed third party")},
     {("share", False, "credit card number", "Unnamed third party")}),
    # the vendor's own brands, companies and divisions are parts of it
    ("We may share your purchase history among our brands.",
     {("share", False, "payment information", "Other part of company/affiliate")}, set()),
    ("Your email address may be passed to our other companies and divisions.",
     {("share", False, "email address", "Other part of company/affiliate")}, set()),
    # telling the user about other or new products is marketing
    ("With your consent, we may use your email address to inform you of other products available from our partners.",
     {("use", False, "email address", "Marketing")}, {("use", False, "email address", "Basic service/feature")}),
    # a case listed for disclosing data: a bare aim is the vendor's aim too; a clause of its own states only itself
    ("We may disclose your personal information only in the following circumstances:\n\n- to comply with the law;\n"
     "- to protect our rights.\n", {("use", False, "personal information", "Legal requirement")}, set()),
    ("We will share your personal information with other parties under the following circumstances:\n\n"
     "- Legal requests. We will share it to comply with the law.\n"
     "- Asset transfers. If we are involved in a merger, your information may be among the assets transferred. "
     "Should such an event occur, we will use reasonable measures to notify you by email.\n", set(),
     {("use", False, "personal information", "Analytics/Research"),
      ("use", False, "personal information", "Basic service/feature")}),
    # what the vendor contacts the user with or about tells why
    ("We will only contact you by e-mail with information about goods and services similar to those you bought.",
     {("use", False, "contact information", "Marketing")},
     {("use", False, "contact information", "Basic service/feature")}),
    # the condition a message is sent on is no aim of the message
    ("If you indicated upon registration that you are interested in receiving offers, we may occasionally send you "
     "direct mail about products that we feel may be of interest to you.", {("use", False, None, "Marketing")},
     {("use", False, None, "Basic service/feature")}),
    # a law that allows a disclosure names no one it goes to; the exception goes to whom the promise names
    ("We won't share your personal information with Acme companies for marketing except as allowed by state law.",
     {("share", False, "personal information", "Other part of company/affiliate")},
     {("share", False, "personal information", "Law enforcement/government")}),
    # "not ... for any purpose other than / but to X": used for X, and for nothing else
    ("We will not use your email address for any purpose other than to send you the newsletter.",
     {("use", False, "email address", "Additional service/feature"), ("use", True, "email address", "Other")},
     {("use", False, "email address", "Other")}),
    ("We will not use your phone number for any other purpose but to provide the service requested.",
     {("use", False, "phone number", "Basic service/feature"), ("use", True, "phone number", "Other")},
     {("use", True, "phone number", "Basic service/feature")}),
    # asking the user for accurate data is no security measure
    ("Please make sure the information you give us is accurate.", set(),
     {("protect", False, "personal information", None)}),
    # what cookies "tell us" the vendor gets through them (the model lemmatises "cookies" as "cooky")
    ("Cookies do not tell us your e-mail address or other personal information.",
     {("collect", True, "email address", None), ("collect", True, "personal information", None)}, set()),
    # messages that hold tracking tools list no data of their own: "e-mail" only qualifies them
    ("Some of our web pages and promotional e-mail messages may contain electronic images known as web beacons.",
     {("collect", False, "web beacon", None)}, {("collect", False, "email address", None)}),
    # the company a social button is named after gets what "these features" collect, with the makers of the others
    ("Our site includes social media features, such as the Facebook Like button and other widgets. These features may "
     "collect your IP address.", {("share", False, "ip address", "Named third party"),
                                  ("share", False, "ip address", "Unnamed third party")}, set()),
    # a third party that recognizes or retrieves data gets it, as one that collects it does
    ("These files enable DoubleClick to recognize a unique cookie on your browser.",
     {("share", False, "cookie", "Named third party")}, set()),
    # taking part that "requires" data: the vendor asks it of those who take part, for what they take part in
    ("Registration for contests requires your name and phone number.",
     {("collect", False, "phone number", None), ("use", False, "phone number", "Additional service/feature")}, set()),
    ("Participation in these promotions may require registration for our services.", set(),
     {("collect", False, "personal information", None), ("collect", False, "registration data", None)}),
    # entrants, applicants and purchasers are the users, in the roles they take
    ("Contest entrants must provide their name and address.", {("collect", False, "postal address", None)}, set()),
    # deleting "within 30 days of your request" is the user's right, and how long the data stays
    ("We will delete your data within 30 days of your request.",
     {("delete", False, "personal information", None), ("retain", False, "personal information", None)}, set()),
    # two capitals before a country are a place too, not the state code of a postal address
    ("We store your data in the EU and the United States.", {("store", False, "personal information", "US")}, set()),
    # data held wrong ("inaccurate information") is data about the user, which the user may have corrected
    ("You may request that we correct inaccurate information.", {("edit", False, "personal information", None)}, set()),
    # companies the vendor works with for an aim get the data it needs; not working with them to do it denies it
    ("We partner with Meta and TikTok to measure the effectiveness of our ads.",
     {("share", False, "personal information", "Named third party")}, set()),
    ("We do not work with data brokers to sell your data.",
     {("sell", True, "personal information", "Unnamed third party")},
     {("sell", False, "personal information", "Unnamed third party")}),
    # an aim shares the subject of its clause: the third parties placing cookies collect, not the vendor
    ("Third parties may also place cookies or other tracking technologies on your computer to collect non-personal "
     "information about your use of the Services.", {("share", False, "pages visited", "Unnamed third party")},
     {("collect", False, "pages visited", None), ("collect", False, "non-personal information", None)}),
    ("As part of their service, advertisers may place a cookie on your computer or utilize other tracking "
     "technologies, to collect information such as your IP address and browser type.",
     {("share", False, "ip address", "Named third party")}, {("collect", False, "ip address", None)}),
    # "non-PII" is the opposite of the PII inside it
    ("We may collect non-PII such as your browser type.", {("collect", False, "non-personal information", None)},
     {("collect", False, "personal information", None)}),
    # a law that permits or requires a disclosure is no company it goes to
    ("We will not share your personal information except as permitted by COPPA.",
     {("share", True, "personal information", "Unnamed third party")},
     {("share", False, "personal information", "Named third party")}),
    # the reader's doings listed in a condition are the condition, not what the vendor does ("buy" is no collection)
    ("If you delete cookies, buy a new device, access our Site from a different device or change web browsers, you "
     "will need to opt out again.", {("opt-out", False, "cookie", None)}, {("collect", False, "cookie", None)}),
    # a domain name that is the subject acts; it receives nothing ("Our web sites, example.com ..., provide")
    ("Our web sites, example.com and myexample.com, provide information about us and our products.", set(),
     {("share", False, "personal information", "Named third party")}),
    ("Shareit.com receives your name.", {("share", False, "name", "Named third party")}, set()),
    # how long the reader does something is no retention of the vendor's; how long the vendor keeps data is
    ("For as long as you are subscribed to our paid service, you will still receive billing-related messages from us.",
     set(), {("retain", False, "user communications", None)}),
    ("We keep your data for as long as you have an account.", {("retain", False, "personal information", None)}, set()),
    # a third party that places or sets something other than a tracking tool takes no data ("placing advertisements")
    ("Anyone can access our Web sites, but there are certain areas and services that require registration or "
     "provision of certain personal information if accessed, such as by way of example: signing up for free use of "
     "Acme, entering premium content areas, accessing a partner cabinet, placing advertisements online and making "
     "other online purchases, signing up for e-mail newsletters, promotions, contests, sweepstakes or special offers, "
     "or participating in reader forums, message boards, chats and reader surveys.", set(),
     {("share", False, "personal information", "Unnamed third party")}),
    ("Some of our partners may set and access cookies on your computer.",
     {("share", False, "cookie", "Unnamed third party")}, set()),
    ("We have no control over cookies placed by advertisers.",
     {("share", False, "cookie", "Named third party")}, set()),
    # the object of a practice verb is no subject of the participle that describes it
    ("Acme collects the e-mail addresses, names and potentially other information volunteered when you communicate "
     "with us.", {("collect", False, "email address", None), ("collect", False, "name", None)}, set()),
    # surfing and site behaviour are the user's online activity
    ("Cookies will not track the web surfing activities of visitors.",
     {("collect", True, "browsing path", None)}, set()),
    ("We may use information based on online Site behavior to provide tailored advertising.",
     {("use", False, "browsing path", "Advertising")}, set()),
    # a medium that says what kind another data noun is names no address of its own; a medium listed is one
    ("We record phone or email interactions you have with us.", {("collect", False, "browsing path", None)},
     {("collect", False, "email address", None), ("collect", False, "phone number", None)}),
    ("You may still supply us with information such as email or webpage address.",
     {("collect", False, "email address", None), ("collect", False, "website address", None)}, set()),
    # a clause joined by a semicolon is its own; "they" as subject is what the sentence before was about
    ("Our cookies do not include names or e-mail addresses; they are typically used to identify a user's computer.",
     {("use", False, "cookie", "Basic service/feature")}, {("use", False, "name", "Basic service/feature")}),
    ("Our cookies do not include names or e-mail addresses. They are typically used to identify a user's computer.",
     {("use", False, "cookie", "Basic service/feature")}, {("use", False, "name", "Basic service/feature")}),
    ("Your personal information may be made public in your profile; however, your contact information is not "
     "displayed.",
     {("share", True, "contact information", "Public")}, {("share", True, "personal information", "Public")}),
    # an organisation's name is no person's; a person's is
    ("We will request your account number, your bank's name and routing number, and your bank account type.",
     {("collect", False, "bank account number", None)}, {("collect", False, "name", None)}),
    ("Acme collects the operator's name and email address.", {("collect", False, "name", None)}, set()),
    # sending messages to the users shares no data, not even where they ask for it; "SPAM" is no company
    ("It is our policy to never send messages to website users unless they request that we do so.", set(),
     {("share", False, "user communications", "Unnamed third party")}),
    ("Acme does not participate in any format of SPAM and will not send any unsolicited emails.", set(),
     {("share", True, "user communications", "Named third party")}),
    # an opening "should" before its subject is a condition, as "if" is
    ("Should you have other questions or concerns about these privacy policies, please send us an email using our "
     "Contact Form.", set(), {("collect", False, "user communications", None)}),
    # setting one's browser to refuse cookies is an opt-out of the cookies, not of the browser
    ("You can set your browser to refuse all or some browser cookies, or to alert you when cookies are being sent.",
     {("opt-out", False, "cookie", None)}, {("opt-out", False, "browser type", None)}),
]


@pytest.mark.parametrize("sentence, expected, forbidden", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence(sentence, expected, forbidden):
    found = read(sentence)
    assert expected <= found, f"missing {expected - found}; found {found}"
    assert not (forbidden & found), f"should not find {forbidden & found}"


def recipient_names(text: str) -> set[str | None]:
    return {p.recipient_name for p in extract_practices(document(text)) if p.recipient is not None}


def test_a_region_named_as_where_data_is_kept_is_the_practices_region():
    practices = extract_practices(document("Your data is stored on servers in the European Union. We may transfer "
                                           "your data to a destination outside the European Economic Area (EEA). EU "
                                           "residents have rights under European Union law. We follow the privacy "
                                           "rules of the European Union."))
    assert {(p.action, p.region, p.location) for p in practices if p.region} == {("store", "European Union", None)}


def test_a_company_the_entity_tagger_misses_is_named():
    assert recipient_names("We may share your email address with Mailchimp.") == {"Mailchimp"}
    assert recipient_names("We use social media plugins from Facebook and Twitter, which may collect your IP "
                           "address.") >= {"Facebook"}
    assert recipient_names("In transmitting your donation to the local Member Station we may share your "
                           "name.") == {None}


def test_companies_the_entity_tagger_runs_together_are_each_named():
    assert recipient_names("We share data with service providers (such as Adyen, Twilio and Checkr).") == \
        {"Adyen", "Twilio", "Checkr"}
    assert recipient_names("We share your order details with Procter and Gamble.") == {"Procter and Gamble"}


def test_each_service_the_vendor_uses_for_an_aim_of_its_own_gets_the_data_for_that_aim():
    shares = {(p.recipient_name, p.purpose.split("#")[-1] if p.purpose else None) for p in extract_practices(document(
        "We use Stripe to process payments and Google Analytics to understand site use.")) if p.action == "share"}
    assert shares == {("Stripe", "BasicServiceFeature"), ("Google Analytics", "AnalyticsResearch")}


def test_a_second_service_hung_on_the_first_ones_aim_gets_the_data_its_own_aim_names():
    shares = {(p.recipient_name, p.data.split("#")[-1]) for p in extract_practices(document(
        "We use Google Analytics to understand how visitors use the site and Intercom to answer chat messages."))
        if p.action == "share"}
    assert shares == {("Google Analytics", "PagesVisited"), ("Intercom", "ChatContent")}
    shares = {(p.recipient_name, p.data.split("#")[-1]) for p in extract_practices(document(
        "We use Amazon Web Services to host our servers and Zendesk to handle support tickets."))
        if p.action == "share"}
    assert shares == {("Amazon Web Services", "PersonalInformation"), ("Zendesk", "UserCommunications")}


def test_a_named_web_service_is_a_third_party_not_the_vendors_services():
    assert shared_with("Your data is hosted by Amazon Web Services in Ireland.") == \
        {("NamedThirdParty", "Amazon Web Services")}
    assert shared_with("Your data is stored with Zendesk in the United States.") == {("NamedThirdParty", "Zendesk")}
    assert shared_with("Secure Socket Layer (SSL) technology protects your data.") == set()


def test_a_pronoun_in_a_verbless_line_stands_for_the_lines_head_noun():
    practices = extract_practices(document("We collect the following:\n\n- your email address;\n"
                                           "- your meal requests, if you make them."))
    assert any(p.data == PKG.EmailAddress for p in practices if p.sentence.text.startswith("your email"))
    assert not any(p.data == PKG.EmailAddress for p in practices if p.sentence.text.startswith("your meal"))


def test_a_buttons_label_is_no_company():
    names = recipient_names("Our site includes social media widgets, such as the Share this button. These widgets "
                            "may collect your IP address.")
    assert names and "Share" not in names


def test_vendor_named_by_a_name_the_parser_does_not_know():
    found = read("Chat4Support collects and uses your personal information to offer you products.", "Chat4Support")
    assert ("collect", False, "personal information", None) in found


def test_these_services_are_the_named_services_the_vendor_uses():
    found = read("We also use Google Analytics and Siteimprove to understand how visitors use our websites. "
                 "These services set their own cookies and receive your IP address.")
    assert ("share", False, "ip address", "Named third party") in found
    assert ("collect", False, "ip address", None) not in found


def test_vendor_named_in_two_words_its_domain_writes_as_one():
    found = read("In addition, the Tulsa World obtains information from you when you start a newspaper "
                 "subscription.", vendor="Tulsaworld")
    assert ("collect", False, "personal information", None) in found
    assert not any(r[0] == "share" for r in found)


def test_a_company_name_stops_at_an_open_bracket():
    names = {p.recipient_name for p in extract_practices(document("We use Postmark (USA) to deliver account emails."))
             if p.recipient_name}
    assert names == {"Postmark"}


def test_vendor_named_with_its_corporate_suffix():
    found = read("We SnapEngage, LLC use cookies and beacons to analyze trends.", "SnapEngage")
    assert ("use", False, "cookie", "Analytics/Research") in found
    assert not {r for r in found if r[0] == "share"}
    assert ("collect", False, "cookie", None) in read("This policy covers SnapEngage Inc. We use cookies.", "SnapEngage")


def test_reference_back_takes_the_previous_data():
    found = read("When using the referral service, we request the friend's name and email address. "
                 "We do not store this information.")
    assert {("store", True, "name", None), ("store", True, "email address", None)} <= found


def test_defined_term_keeps_its_definition():
    found = read('We collect information through tools such as cookies and web beacons ("Navigational Data"). '
                 "We use Navigational Data to improve our website.")
    assert {("use", False, "cookie", "Analytics/Research"), ("use", False, "web beacon", "Analytics/Research")} <= found


def test_list_items_continue_their_lead_in():
    found = read("We collect and process information about you in order to:\n\n"
                 "(i) process your orders;\n\n(ii) carry out research on the demographics of our customers;")
    assert {("use", False, "personal information", "Basic service/feature"),
            ("use", False, "personal information", "Analytics/Research")} <= found
    assert ("collect", False, "demographic information", None) not in found


def test_an_item_of_purposes_opening_with_a_verb_parsed_as_a_modifier_is_the_service_itself():
    found = item_records("We use personal data to:\n\n1. match riders with drivers and calculate fares;\n")
    assert found["match riders"] == {("use", False, "personal information", "Basic service/feature")}


def test_an_item_of_purposes_with_a_practice_of_its_own_keeps_its_other_aims():
    found = read("We use the information we collect about you to:\n\n"
                 "- Analyze, operate and improve our Services, and fulfill your requests for products, "
                 "including to send you email newsletters;\n")
    assert {("use", False, "personal information", "Analytics/Research"),
            ("use", False, "personal information", "Basic service/feature")} <= found


def test_a_list_ends_at_the_next_heading_once_its_items_are_read():
    found = item_records("# Policy\n\nWe use this information to:\n\n- take your order and arrange delivery;\n\n"
                         "## Who we share it with\n\n- Your number is masked where the law allows.\n")
    assert found["take your or"] == {("use", False, "personal information", "Basic service/feature")}
    assert "Your number " not in found


def test_a_heading_between_a_lead_in_and_its_items_keeps_the_list_open():
    found = item_records("# Policy\n\nWe may use your information for the following purposes:\n\n"
                         "## General Uses\n\n- Personalize content on our Sites\n")
    assert found["Personalize "] == {("use", False, "personal information", "Personalization/Customization")}


def test_sections_on_data_processed_and_why_it_is_processed():
    found = item_records("# Policy\n\n## Data we process\n\n1. **Account data**: your email address and a display "
                         "name.\n\n## Why we process it\n\n- To keep the service secure and to investigate abuse.\n")
    assert ("collect", False, "email address", None) in found["Account data"]
    assert ("use", False, "personal information", "Service operation and security") in found["To keep the "]


def test_list_items_of_purposes_go_on_sharing_with_the_co_actor():
    doc = document("We and our affiliates use the personal information we collect from you in a variety of ways, "
                   "including:\n\n- to maintain and administer the Site.")
    shared = {p.purpose for p in extract_practices(doc) if p.action == "share" and p.recipient == PKG.Affiliate}
    assert PKG.ServiceOperationAndSecurity in shared


def test_a_heading_that_leads_in_a_list():
    found = read("## We use persistent cookies to:\n\n- help us maintain security;\n- remember your preferences.")
    assert {("use", False, "cookie", "Service operation and security"),
            ("use", False, "cookie", "Personalization/Customization")} <= found


def test_each_exception_listed_after_a_denial_is_a_share():
    found = read("Your personal information will be kept secret and never be revealed to any third party except "
                 "the following circumstances:\n\n◆ requirements of government authorities;\n\n◆ force majeure.")
    assert ("share", True, "personal information", "Unnamed third party") in found
    assert {("share", False, "personal information", "Law enforcement/government"),
            ("share", False, "personal information", "Unnamed third party"),
            ("protect", False, "personal information", None)} <= found
    assert ("retain", False, "personal information", None) not in found


def test_items_laid_out_as_paragraphs_go_on_from_the_colon():
    found = read("We may also disclose information:\n\nIf we believe in good faith that the law requires such "
                 "disclosure.\n\nIn response to a subpoena.\n\nWe use cookies. We keep them for a year.")
    assert ("share", False, "personal information", "Law enforcement/government") in found
    assert not {f for f in found if f[0] == "share" and f[2] == "cookie"}  # a sentence of its own ends the list


def test_a_run_in_heading_is_no_item():
    found = read("We use information as follows:\n\nTo contact you. We may send newsletters to your email address.")
    assert ("use", False, "personal information", "Marketing") not in found


def test_these_companies_are_the_third_parties_just_named():
    found = read("We share your data with our service providers. These companies may use it only to provide "
                 "services to us.")
    assert ("share", False, "personal information", "Service provider/agent") in found
    assert not {f for f in found if f[3] == "Unnamed third party"}


def test_third_parties_held_to_terms_keep_the_data_safe():
    bound = read("These service providers are restricted from using this data in any way other than to provide "
                 "services for Acme.")
    assert ("protect", False, "personal information", None) in bound
    terms = read("Our service providers will be given access to your information under reasonable confidentiality "
                 "terms.")
    assert ("protect", False, "personal information", None) in terms
    they = read("We share your information with our service providers. They are required to maintain the privacy "
                "of all such information in their possession.")
    assert ("protect", False, "personal information", None) in they
    assert not read("We are not responsible for the confidentiality practices of third parties.")
    assert ("protect", False, "personal information", None) not in read(
        "Third parties are not restricted in how they use this data.")


def test_a_use_section_gives_no_purpose_to_a_line_that_tells_the_reader_where_to_look():
    found = read("## How we use your information\n\nClick here for more information about online behavioral "
                 "advertising.\n\nTo send you our newsletter.")
    assert not {f for f in found if f[3] == "Advertising"}
    assert {f for f in found if f[0] == "use" and f[3] == "Additional service/feature"}


def test_a_line_of_purpose_uses_its_own_data_not_the_line_befores():
    found = read("## How we use your information\n\nTo show you advertising that is relevant to your interests.\n\n"
                 "To understand our audience and improve our journalism.")
    assert ("use", False, "personal information", "Analytics/Research") in found
    assert ("use", False, "interests and preferences", "Analytics/Research") not in found


def test_a_use_section_gives_its_lines_of_purpose_a_use():
    found = read("## How we use your information\n\nTo improve our website and services.\n\n"
                 "## Our offices\n\nTo improve our website, we moved.")
    assert ("use", False, "personal information", "Analytics/Research") in found
    assert len([f for f in found if f[0] == "use"]) == 1


def test_list_of_data_after_a_colon():
    found = read("We may collect the following data about you:\n\n- your name and e-mail address;\n\n"
                 "- details of your visits to our site, including traffic data and location data.")
    assert {("collect", False, "name", None), ("collect", False, "email address", None),
            ("collect", False, "geolocation", None)} <= found


def test_retention_period_is_kept_on_the_practice():
    doc = document("We will retain your personal information for as long as your account is active. "
                   "Server logs are kept for 30 days and then deleted.")
    periods = {p.retention_period for p in extract_practices(doc) if p.action == "retain"}
    assert "as long as your account is active" in periods
    assert "for 30 days" in periods


def test_a_promise_keeps_its_exception_in_the_policys_own_words():
    doc = document("Acme will not share your data except with Acme Payments. "
                   "If you order products directly from Acme, we collect your name and address.", "Acme")
    conditions = {(p.action, p.negated, p.condition) for p in extract_practices(doc)}
    assert ("share", True, "except with Acme Payments") in conditions
    assert ("collect", False, "If you order products directly from Acme") in conditions  # not "from We  "


def test_a_closing_bracket_ends_no_sentence():
    from graphbuild.extract.nlp import load_nlp

    text = ("iii. Double Opt-in (SMS/SMS) Method: users will be directed to send a specific word via a text message "
            "to a designated short code.")
    assert len(list(load_nlp()(text).sents)) == 1
    assert len(list(load_nlp()("We collect names (see below.) Our services are free.").sents)) == 2


def test_a_period_counted_from_an_event_is_the_retention_period():
    doc = document("We delete passport numbers 30 days after your trip ends.")
    assert {(p.action, p.data, p.retention_period) for p in extract_practices(doc)} == \
        {("retain", PKG.SocialSecurityNumber, "30 days after your trip ends")}


def test_each_clause_keeps_its_own_retention_period():
    doc = document("We delete your data within 90 days, except that payment records are kept for 7 years.")
    periods = {(load_vocabulary().label(p.data), p.retention_period) for p in extract_practices(doc)
               if p.action == "retain"}
    assert periods == {("personal information", "within 90 days"), ("payment information", "for 7 years")}


def test_reference_back_to_a_general_term_with_examples():
    found = read("We may collect non-personal information about you such as the type of browser you use. "
                 "It is only used to assist us in providing an effective service.")
    assert ("use", False, "non-personal information", "Basic service/feature") in found
    assert ("use", False, "browser type", "Basic service/feature") not in found


def test_data_phrase_keeps_its_text_beside_its_nearest_class():
    for text, label, phrase in [("Acme collects your pet ownership information.", "personal information",
                                 "pet ownership information"),
                                ("Acme keeps the e-mail addresses you give us.", "email address", "e-mail addresses"),
                                ("Acme keeps what you say in the chat as a chat transcript.", "chat content",
                                 "chat transcript")]:
        practices = extract_practices(document(text))
        assert practices and {(load_vocabulary().label(p.data), p.data_text) for p in practices} == {(label, phrase)}


def test_a_capitalised_domain_name_is_one_word_and_names_its_company():
    practices = extract_practices(document("Credit card payments are processed by Authorize.Net; we do not keep your "
                                           "card number."))
    assert {p.sentence.text for p in practices} == {
        "Credit card payments are processed by Authorize.Net; we do not keep your card number."}
    assert "Authorize.Net" in {p.recipient_name for p in practices}


def test_a_company_name_keeps_its_corporate_form():
    assert "Krystal Hosting Ltd" in recipient_names("Our website is hosted by Krystal Hosting Ltd in London.")


def test_a_short_acronym_listed_with_a_company_name_is_one_too():
    assert {"DPD", "Royal Mail"} <= recipient_names("We share your address with our couriers (DPD and Royal Mail).")
    assert "SMS" not in recipient_names("We may send your order status to you by SMS or email.")


def test_a_share_keeps_why_it_happens():
    practices = extract_practices(document(
        "Acme shares your postal address with delivery companies in order to deliver your order."))
    shares = [p for p in practices if p.action == "share"]
    assert shares and {load_vocabulary().label(p.purpose) for p in shares if p.purpose} == {"Basic service/feature"}


def test_a_nested_list_ends_at_the_next_item_as_shallow_as_its_lead_in():
    text = ("- Sharing. We may share your personal information with third parties in the following cases:\n"
            "    1. to comply with the law;\n"
            "    2. to complete your order.\n"
            "- Our site offers public forums for our members.\n")
    assert [b.depth for b in document(text).blocks] == [1, 2, 2, 1]
    found = read(text)
    assert ("share", False, "personal information", "Law enforcement/government") in found
    assert ("share", False, "personal information", "Public") not in found


def test_defined_term_stands_for_the_examples_of_its_kinds():
    found = read('We collect information through tools such as cookies ("Usage Data"). Usage Data includes your '
                 "IP address and the actions you take on our site (such as the pages viewed and the links clicked). "
                 "We use Usage Data to improve our website.")
    assert {("use", False, "ip address", "Analytics/Research"), ("use", False, "pages visited", "Analytics/Research"),
            ("use", False, "links clicked", "Analytics/Research")} <= found
    assert ("use", False, "browsing path", "Analytics/Research") not in found


def test_what_is_only_counted_is_no_data():
    from graphbuild.extract.lexicon import load_lexicon
    from graphbuild.extract.nlp import load_nlp

    lexicon, nlp = load_lexicon(), load_nlp()

    def labels(text: str) -> set[str]:
        doc = nlp(text)
        return {m.iri.split("#")[1] for m in lexicon.find_data(doc[:])}

    assert "AdvertisementClicks" not in labels("We report the number of users who clicked on a particular advertisement.")
    assert "AdvertisementClicks" in labels("We record the ads you click.")


def test_list_items_go_on_from_the_lead_in_not_the_item_before():
    found = read("We share personal information with other companies only in the following circumstances:\n\n"
                 "- We have your consent. We require opt-in consent for the sharing of any sensitive information.\n"
                 "- We believe that preservation or disclosure of such information is necessary to comply with "
                 "the law.\n")
    assert ("opt-in", False, "personal information", None) in found
    assert ("retain", False, "personal information", None) in found
    assert ("retain", False, "sensitive personal information", None) not in found


def test_a_defined_term_names_the_phrase_just_before_its_brackets():
    doc = document('Acme protects your information in connection with our website, https://www.acme.com (the "Site"). '
                   'When you use the Site, we may ask you for personally identifiable information.')
    texts = {p.data_text for p in extract_practices(doc) if p.action == "collect"}
    assert texts == {"personally identifiable information"}


def test_a_sentence_pointing_back_says_what_the_data_serves():
    assert ("use", False, "ip address", "Service operation and security") in read(
        "We log your IP address. This helps us diagnose problems with our server.")
    assert not {r for r in read("We log your IP address. This does not help us identify you.") if r[0] == "use"}


def test_them_receiving_data_stands_for_the_recipients_of_the_sentence_before():
    found = read("We work with payment processors. We give them your credit card number to complete your purchase.")
    assert ("share", False, "credit card number", "Service provider/agent") in found


def test_they_who_collect_are_no_data():
    doc = document("Advertisers may place cookies. These advertisers may use the information they collect to "
                   "present their advertisements.")
    second = [p for p in extract_practices(doc) if p.sentence.text.startswith("These")]
    assert second and {p.data_text for p in second} == {"information"}


def test_they_who_were_given_data_act_as_third_parties():
    doc = document("We share your email address with our partners. They may use it to send you offers.")
    second = [p for p in extract_practices(doc) if p.sentence.text.startswith("They")]
    assert {(p.action, p.data.split("#")[-1], p.purpose.split("#")[-1]) for p in second} == {
        ("share", "EmailAddress", "Marketing")}
    doc = document("We use cookies. They are small files stored on your computer.")
    assert not [p for p in extract_practices(doc) if p.sentence.text.startswith("They") and p.action == "share"]


def test_recipient_kinds_in_capitals_are_no_company_name():
    doc = document("In these instances, we will provide such data to our Partners and Sponsors.")
    assert {p.recipient_name for p in extract_practices(doc) if p.action == "share"} == {None}


def shared_with(text: str, vendor: str = "Acme") -> set[tuple[str, str | None]]:
    """(recipient class, recipient name) of the share records a sentence yields."""
    return {(p.recipient.split("#")[-1], p.recipient_name) for p in extract_practices(document(text, vendor))
            if p.action == "share"}


def test_a_company_set_off_after_its_kind_is_named_even_with_common_words_in_its_name():
    assert shared_with("We share data with our hosting provider, Amazon Web Services, which stores it in Ireland.") \
        == {("NamedThirdParty", "Amazon Web Services")}
    assert {name for _, name in shared_with("We may share it with a Third Party Service.")} == {None}
    listed = shared_with("We disclose personal information to our sub-processors, which include Amazon Web Services "
                         "(hosting), Intercom (support chat) and Postmark (email delivery).")
    assert {name for _, name in listed} >= {"Amazon Web Services", "Intercom", "Postmark"}
    assert {name for _, name in shared_with("Our Web site includes Social Media Features. These Features may "
                                            "collect your IP address.")} == {None}
    assert ("NamedThirdParty", "Plaid") in shared_with("We use Plaid to retrieve your transactions and account "
                                                      "balances.")
    assert shared_with("We work with ad companies, including Google, The Trade Desk and Xandr, that set cookies on "
                       "our site.") >= {("NamedThirdParty", n) for n in ("Google", "The Trade Desk", "Xandr")}


def test_members_listed_after_a_kind_are_named_whatever_the_tagger_says():
    assert shared_with("Your transaction may be processed by one of our third-party payment vendors: "
                       "RBS WorldPay, 2Checkout, ICICI or Paymentech.") == {
        ("NamedThirdParty", "RBS WorldPay"), ("NamedThirdParty", "2Checkout"), ("NamedThirdParty", "ICICI"),
        ("NamedThirdParty", "Paymentech")}
    assert shared_with("We share your email address with analytics providers such as Google Analytics and "
                       "Mixpanel.") == {("NamedThirdParty", "Google Analytics"), ("NamedThirdParty", "Mixpanel")}


def test_members_of_the_vendors_family_are_affiliates():
    assert shared_with("We share personal information with other businesses within our corporate family, such as "
                       "Sam's Club and Vudu.") == {("Affiliate", "Sam's Club"), ("Affiliate", "Vudu")}
    assert shared_with("We may disclose information about your transactions (for example, your account balance) "
                       "among the Acme family of companies and our parent company, Honda Motor Co., Inc.") == {
        ("Affiliate", None), ("Affiliate", "Honda Motor Co.")}  # "Inc." is no company of its own


def test_sentences_in_capitals_read_like_any_other():
    shouted = ("WE WILL NOT DISCLOSE YOUR PERSONAL INFORMATION TO ANY THIRD PARTY WITHOUT YOUR CONSENT, EXCEPT TO A "
               "THIRD PARTY AS REQUIRED TO HELP US DISTRIBUTE OUR NEWSLETTER.")
    assert read(shouted) == read(shouted.capitalize())
    assert ("share", False, "personal information", "Unnamed third party") in read(shouted)
    assert sentence_case("WE DO NOT SELL YOUR DATA. We use SSL.") == "We do not sell your data. We use SSL."


def test_why_a_recipient_gets_data_is_the_purpose_of_the_sharing():
    doc = document("We share your email address with partners for marketing purposes.")
    assert {(p.action, p.purpose) for p in extract_practices(doc)} == {("share", PKG.Marketing)}


def item_records(text: str) -> dict[str, set[tuple]]:
    """The records of each list item of a policy text, by the item's first words."""
    vocab = load_vocabulary()
    found: dict[str, set[tuple]] = {}
    for p in extract_practices(document(text)):
        detail = p.recipient or p.purpose
        found.setdefault(p.sentence.text[:12], set()).add(
            (p.action, p.negated, vocab.label(p.data) if p.data else None, vocab.label(detail) if detail else None))
    return found


def test_items_after_the_vendors_lead_in_go_on_from_the_vendor():
    found = item_records("We may use the information we collect to:\n\n"
                         "- Share your email address with our partners.\n"
                         "- Help us measure and analyze visitor traffic and improve our content.\n"
                         "- Notify you about changes to our Services.\n"
                         "- Please click on the links to learn more.\n")
    assert found["Share your e"] == {("share", False, "email address", "Unnamed third party")}
    assert {(r[0], r[3]) for r in found["Help us meas"]} == {("use", "Analytics/Research")}
    assert {r[3] for r in found["Notify you a"]} == {"Basic service/feature"}
    assert "Please click" not in found


def test_items_after_a_negated_lead_in_are_negated_and_the_users_items_are_no_vendor_practice():
    found = item_records("Cookies will not:\n\n- Collect any information about visitors\n")
    assert found["Collect any "] == {("collect", True, "personal information", None)}
    found = item_records("We collect your name when you:\n\n- Request certain features (e.g., newsletters);\n")
    assert "Request cert" not in found


def test_items_of_purposes_after_a_lead_in_naming_data_are_its_uses():
    found = item_records("We use information that you provide to us:\n\n- To notify you about changes to our Services.\n")
    assert found["To notify yo"] == {("use", False, "personal information", "Basic service/feature")}


def test_the_vendors_name_before_a_noun_is_masked_as_a_possessive():
    from graphbuild.extract.actors import mask_vendor_names
    masked = mask_vendor_names("Acme Users use the Service. Acme will not share it.", ["Acme"])
    assert masked == "Our  Users use the Service. We   will not share it."
    assert mask_vendor_names("Acme affiliates may call. Acme collects it.", ["Acme"]) == \
        "Our  affiliates may call. We   collects it."


def test_a_vendor_name_ending_in_inc_is_masked_with_its_period_inside_a_sentence():
    from graphbuild.extract.actors import mask_vendor_names
    assert mask_vendor_names("Data goes to the Acme Inc. site and to Acme Inc. We", ["Acme Inc"]) == \
        "Data goes to the Our       site and to We      . We"
    found = read("Your IP address may be provided to both the Acme Inc. site and the third parties.", "Acme Inc")
    assert ("share", False, "ip address", "Unnamed third party") in found


def test_the_policys_table_of_contents_states_no_practice():
    assert item_records("Our Policy outlines:\n\n- How and why we collect your personal information;\n"
                        "- When and with whom we share your personal information.\n") == {}
    assert item_records("This Policy describes our privacy practices regarding:\n\n- Children under 13\n"
                        "- Information we collect through our services\n") == {}
    assert item_records("Please click on one of the links below to jump to the listed section:\n\n"
                        "- Security of Your Personal Information\n- Changes to This Privacy Policy\n") == {}


def test_a_company_other_than_the_vendor_is_a_third_party():
    assert read("If this occurs, the successor company would acquire the information we maintain.") == {
        ("share", False, "personal information", "Unnamed third party")}
    assert read("The Company collects your name.") == {("collect", False, "name", None)}


def test_a_kind_of_data_in_capitals_is_no_company():
    assert shared_with('The information obtained through the "Conversion Cookies" is used by Google to create '
                       'visitor statistics.') == {("NamedThirdParty", "Google")}


def test_an_item_whose_own_statements_name_no_data_still_goes_on_from_the_lead_in():
    found = item_records("We use your information:\n\n- to send you newsletters, which you can opt out of at any time\n")
    assert {r[0] for r in found["to send you "]} == {"use", "opt-out"}


def test_a_service_verb_gives_way_to_the_purpose_it_governs():
    doc = document("We may disclose your information to respond to subpoenas or court orders.")
    assert {p.purpose for p in extract_practices(doc)} == {PKG.LegalRequirement}


def test_list_numbering_is_no_company():
    assert shared_with("We may disclose your personal information to: (i) our subsidiaries and affiliates; (ii) "
                       "contractors and service providers we use to support our business.") == {
        ("Affiliate", None), ("ServiceProviderAgent", None)}


def test_people_in_capitals_are_no_company():
    assert shared_with("It is Acme's policy not to use or share the personal information about Visitors of Customers "
                       "in ways unrelated to the ones described above.") == {("UnnamedThirdParty", None)}


def test_a_sentence_about_the_policy_under_a_changes_heading_says_how_it_changes():
    found = read("## Changes to our privacy policy\n\nBy using our sites, you agree to the terms of this Privacy "
                 "Policy.\n\n## Cookies\n\nBy using our sites, you agree to the terms of this Privacy Policy.")
    assert ("policy-change", False, None, None) in found
    doc = document("## Cookies\n\nBy using our sites, you agree to the terms of this Privacy Policy.")
    assert not [p for p in extract_practices(doc) if p.action == "policy-change"]


def test_data_collected_under_a_features_heading_serves_that_feature():
    feature = ("use", False, "email address", "Additional service/feature")
    assert feature in read("## Email Newsletters\n\nIn doing so, we will request your email address.")
    assert feature in read("Contests and Sweepstakes. To enter, we will request your email address.")
    assert feature not in read("## Contact Us\n\nWe will request your email address.")
    # a list item's run-in title is its own: the next item under the same heading does not inherit it
    doc = document("## Our services\n\n- Surveys. We ask for your email address.\n- Orders. We ask for your postal address.")
    served = {p.data_text for p in extract_practices(doc) if p.purpose == PKG.AdditionalServiceFeature}
    assert served == {"email address"}


def test_why_the_vendor_lets_a_third_party_act_is_the_purpose_of_its_sharing():
    doc = document("We may allow third parties to use cookies so that we can serve you targeted advertising.")
    shared = {p.purpose for p in extract_practices(doc) if p.action == "share"}
    assert PKG.Advertising in shared


def test_do_not_track_is_one_word_at_the_same_offsets():
    for text in ('Browsers send "do not track" signals.', "Our sites ignore Do Not Track requests.",
                 "DO NOT TRACK DISCLOSURE"):
        joined = join_standard_names(text)
        assert len(joined) == len(text) and "_" in joined
    assert join_standard_names("We do not track you.") == "We do not track you."


def test_items_after_including_but_not_limited_to_are_data():
    found = item_records("We may collect certain information automatically when you use our Services, including but "
                         "not limited to:\n\n- Search terms you enter using our Services;\n"
                         "- Your device type, browser type and operating system;\n")
    assert ("collect", False, "search terms", None) in found["Search terms"]
    assert ("collect", False, "browser type", None) in found["Your device "]
    assert not any(r[0] == "use" for records in found.values() for r in records)


def test_items_naming_recipients_after_a_sharing_lead_in_are_shared_with():
    found = item_records("We may share personally identifiable information with others, such as:\n\n"
                         "- Law enforcement authorities and courts;\n"
                         "- Third-party merchants from whom you choose to make a purchase;\n")
    assert ("share", False, "personal information", "Law enforcement/government") in found["Law enforcem"]
    assert any(r[0] == "share" and r[3] in ("Named third party", "Unnamed third party") for r in found["Third-party "])


def test_an_items_number_is_no_sentence_of_its_own():
    doc = document("(ix) In connection with a sale or merger of our business, we may transfer your personal "
                   "information to the buyer.")
    evidence = {p.sentence.text for p in extract_practices(doc)}
    assert evidence and all(text.startswith("(ix) In connection") for text in evidence)


def test_a_line_naming_data_under_a_collection_heading_lists_collected_data():
    found = read("## Information We Collect\n\nYour device type, screen size and browser type.")
    assert ("collect", False, "browser type", None) in found
    assert not read("## Information We Do Not Collect\n\nYour social security number.")
    assert not read("## How We Share Information\n\nYour device type and browser type.")


def test_a_row_of_a_table_of_data_states_the_practices_its_columns_give():
    found = read("## What we process and why\n\n| Category of data | Purpose | Legal basis |\n|---|---|---|\n"
                 "| Name, email address | To create and manage your account | Contract |\n"
                 "| Email address | To send you newsletters | Your consent |\n")
    assert {("collect", False, "name", None), ("use", False, "name", "Basic service/feature"),
            ("use", False, "email address", "Additional service/feature"),
            ("opt-in", False, "email address", None)} <= found
    assert ("opt-in", False, "name", None) not in found  # a contract is no consent
    cookies = read("## Cookies\n\n| Name | Provider | Purpose | Lifetime |\n|---|---|---|---|\n"
                   "| _ga | Google Analytics | Distinguishes users for statistics | 2 years |\n"
                   "| session_id | Acme | Keeps you logged in | Session |\n")
    assert {("collect", False, "cookie", None), ("share", False, "cookie", "Named third party"),
            ("use", False, "cookie", "Analytics/Research"), ("retain", False, "cookie", None)} <= cookies
    evidence = {p.sentence.text for p in extract_practices(document(
        "| Data | Shared with |\n|---|---|\n| IP address | Acme |\n| Email address | Mailchimp |\n"))}
    assert evidence == {"IP address | Acme", "Email address | Mailchimp"}  # the vendor's own row shares nothing


def test_a_table_of_purposes_without_data_and_a_column_of_examples_are_read():
    purposes = read("## Why we process data\n\n| Purpose | Legal basis |\n|---|---|\n"
                    "| Provide the app and sync your tracker | Performance of contract |\n"
                    "| Send you product news | Consent |\n| Keep accounting records | Legal obligation |\n")
    assert {("use", False, "personal information", "Basic service/feature"),
            ("use", False, "personal information", "Marketing"), ("opt-in", False, "personal information", None),
            ("use", False, "personal information", "Legal requirement")} <= purposes
    assert not {f for f in purposes if f[0] == "collect"}  # a table of purposes names no data collected
    assert ("use", False, "personal information", "Basic service/feature") not in read(
        "| Purpose | Legal basis |\n|---|---|\n| Keep accounting records | Legal obligation |\n")
    examples = read("| Category | Examples | Source |\n|---|---|---|\n"
                    "| Device data | tracker serial number, battery level | your tracker |\n")
    assert {("collect", False, "device identifier", None), ("collect", False, "operating system", None)} <= examples


def test_the_purpose_a_receiver_is_given_data_for_is_the_shares_however_with_hangs():
    shares = [p for p in extract_practices(document("We share your email address with advertising partners for "
                                                    "advertising purposes.")) if p.action == "share"]
    assert {p.purpose.split("#")[-1] for p in shares} == {"Advertising"}


def test_standards_the_vendor_follows_to_protect_data_are_its_measure_however_parsed():
    doc = document("When you enter sensitive information (such as a credit card number) on our order forms, we encrypt "
                   "the transmission of that information using secure socket layer technology (SSL). We follow "
                   "generally accepted standards to protect the personal information submitted to us, both during "
                   "transmission and once we receive it.", "SnapEngage")
    second = {p.action for p in extract_practices(doc) if p.sentence.text.startswith("We follow")}
    assert "protect" in second


def test_a_table_of_yes_and_no_answers_states_or_denies_what_its_headings_ask():
    found = read("| Category | Examples | Collected | Sold or shared |\n|---|---|---|---|\n"
                 "| Identifiers | name, email address | Yes | Yes |\n"
                 "| Biometric information | fingerprints, face geometry | No | No |\n")
    assert {("collect", False, "email address", None), ("sell", False, "email address", "Unnamed third party"),
            ("share", False, "email address", "Unnamed third party"),
            ("collect", True, "sensitive personal information", None),
            ("sell", True, "sensitive personal information", "Unnamed third party")} <= found
    assert ("collect", False, "sensitive personal information", None) not in found


def test_a_table_of_reasons_for_sharing_answers_whether_the_vendor_shares_and_the_user_may_limit_it():
    found = read("| Reasons we can share your personal information | Does Acme share? | Can you limit this sharing? |\n"
                 "|---|---|---|\n| For our marketing purposes, to offer our products to you | Yes | No |\n"
                 "| For our affiliates' everyday business purposes | Yes | Yes |\n"
                 "| For nonaffiliates to market to you | No | We don't share |\n")
    assert {("share", False, "personal information", "Unnamed third party"),
            ("share", False, "personal information", "Other part of company/affiliate"),
            ("share", True, "personal information", "Unnamed third party"),
            ("opt-out", False, "personal information", None)} <= found
    assert ("share", True, "personal information", "Other part of company/affiliate") not in found  # "can limit"
    shares = [p for p in extract_practices(document("| Reasons we can share your personal information | Does Acme "
                                                    "share? |\n|---|---|\n| For our marketing purposes | Yes |\n"))]
    assert {(p.action, p.purpose.split("#")[-1] if p.purpose else None) for p in shares} == {("share", "Marketing")}


def test_a_denied_sharing_keeps_its_own_purpose_not_that_of_a_verb_joined_to_it():
    def denials(text: str) -> set[tuple]:
        return {(p.action, p.purpose.split("#")[-1] if p.purpose else None)
                for p in extract_practices(document(text)) if p.negated and p.action in ("share", "sell")}
    assert denials("We do not sell your personal data or share it for targeted advertising.") == {
        ("sell", None), ("share", "Advertising")}
    assert denials("Acme does not use the return email address for any other purpose and does not share the return "
                   "email address with any third party.") == {("share", None)}


def test_the_companies_an_item_opens_with_receive_what_the_lead_in_shares():
    found = read("We share data with:\n\n- Apple Health and Google Fit, if you choose to connect them;\n"
                 "- Asset Transfers.\n- Our affiliates.")
    names = {p.recipient_name for p in extract_practices(document(
        "We share data with:\n\n- Apple Health and Google Fit, if you choose to connect them;\n- Asset Transfers."))}
    assert names == {None, "Apple Health", "Google Fit"}  # a title in capitals names no company
    assert ("share", False, "personal information", "Other part of company/affiliate") in found


def test_a_line_naming_recipients_under_a_sharing_heading_shares_with_them():
    text = "## Who we share data with\n\nService providers: Amazon Web Services for hosting.\n"
    assert ("share", False, "personal information", "Named third party") in read(text)
    assert recipient_names(text) == {"Amazon Web Services"}
    assert not read("## Information we collect\n\nService providers: Amazon Web Services for hosting.\n")


def test_a_subsection_of_a_collection_section_lists_collected_data():
    found = read("## Information we collect\n\n### Information you give us\n\n- **Account data:** your name, work "
                 "email address and password.\n\n### From other sources\n\n- Your company's industry.")
    assert {("collect", False, "email address", None), ("collect", False, "password", None),
            ("collect", False, "industry", None)} <= found
    # a subsection about sharing is a topic of its own, not more of the collection section above it
    assert not read("## Information we collect\n\n### Who we share it with\n\n- Your device type and browser type.")


def test_a_bare_verb_item_under_a_lead_in_of_purposes_serves_the_service():
    found = read("We use your data to:\n\n- open and run your account;\n- comply with anti-money-laundering laws.\n")
    assert ("use", False, "personal information", "Basic service/feature") in found
    assert ("use", False, "personal information", "Legal requirement") in found


def test_an_aim_given_with_consent_under_a_lead_in_of_purposes_is_still_a_use():
    found = read("We use your data to:\n\n- send you service messages about your account;\n"
                 "- improve our app, with your consent, by analysing how you use it.\n")
    assert ("use", False, "personal information", "Analytics/Research") in found
    assert any(f[0] == "opt-in" for f in found)


def test_a_line_naming_data_under_a_kind_of_data_under_what_we_collect_is_collected():
    found = read("## What we collect\n\n### Account data\n\nYour name, work email address and password when you sign "
                 "up.\n\n## How we use it\n\nWe use account data to run your account.\n")
    assert ("collect", False, "email address", None) in found
    assert ("collect", False, "password", None) in found


def test_a_term_defined_for_people_names_no_data():
    found = read('We send our newsletter to visitors who register with their email address ("Subscribers"). '
                 "We may share the names of Subscribers with our sponsors.")
    assert ("share", False, "name", "Named third party") in found
    assert ("share", False, "email address", "Named third party") not in found


def test_a_numbered_title_after_a_list_of_purposes_ends_the_list():
    text = ("2. How we use information\n\nWe use your email address to:\n- send you receipts;\n"
            "- show you offers.\n\n3. Advertising\n\nOur free games show ads.\n\n4. Sharing\n\n"
            "Your username is visible to other players.\n")
    found = read(text)
    assert ("use", False, "email address", "Marketing") in found
    assert not any(f[0] == "use" and f[3] == "Advertising" for f in found)  # "Advertising" is a title
    assert not any(f[0] == "share" and f[2] == "email address" for f in found)  # "Sharing" is a title


def test_this_information_at_the_top_of_a_section_is_not_the_last_sentence_of_the_one_before():
    text = ("## Information from partners\n\nIf you log in with Facebook, Facebook gives us your friends list.\n\n"
            "## How we use information\n\nWe use this information to show you offers.\n")
    found = read(text)
    assert ("use", False, "personal information", "Marketing") in found
    assert ("use", False, "social media data", "Marketing") not in found


def test_events_a_provider_processes_are_no_marketing():
    doc = document("We share data with:\n\n- analytics providers, who process gameplay events on our behalf.\n")
    vocab = load_vocabulary()
    shares = [p for p in extract_practices(doc) if p.action == "share"]
    assert shares and "Marketing" not in {vocab.label(p.purpose) for p in shares if p.purpose}


def test_a_care_or_safety_label_before_a_colon_is_the_purpose():
    vocab = load_vocabulary()
    for text, purpose in [("To provide care: we share your health information with the clinician you see.",
                           "Basic service/feature"),
                          ("To keep the service safe: we analyse your IP address.", "Service operation and security")]:
        assert purpose in {vocab.label(p.purpose) for p in extract_practices(document(text)) if p.purpose}
