"""Common English-language given names by usual gender, for resolving "he" and "she".

Only names that are overwhelmingly given to one gender are listed; names in common use for
both (Jordan, Taylor, Dana, Leslie, ...) are left out, so they stay unknown. The lists are
split into a lookup table on first use.
"""

from __future__ import annotations

import functools

__all__ = ["given_name_gender"]

_MALE = """
aaron abdul adam adrian ahmed albert alberto alejandro alexander alfred alfredo ali allen
alvin amir andre andres andrew angelo anthony antonio arnold arthur arturo barack barry ben
benjamin bernard bill billy bob bobby brad bradley brandon brent brett brian bruce bryan byron
calvin carl carlos cecil cedric chad charles chris christopher chuck clarence clark clifford
clint clyde cody colin curtis cyrus dale dan daniel danny darius darnell darren darryl dave david
dean dennis derek derrick desmond dick diego dominic don douglas duane dustin dwayne dwight
earl eddie edgar eduardo edward edwin elijah elliott emmanuel enrique eric ernest ethan
eugene evan felix fernando floyd francis francisco frank franklin fred frederick gabriel gary
gavin gene geoffrey george gerald gilbert glen glenn gordon graham greg gregory guillermo gustavo
hakeem hal hank harold harry harvey hector henry herbert herman howard hugh hugo ian isaac ivan
jack jacob jake james jared jason javier jay jeff jeffrey jeremy jerome jerry jesse jesus jim
jimmy joe joel john johnny jon jonathan jorge jose joseph joshua juan julian julio justin karl
keith ken kenneth kevin kirk kurt kwame kyle lamar lance larry lawrence leo leon leonard leroy
lewis lionel lloyd lonnie louis luis luke malcolm manuel marco marcus mark martin marvin
mathew matthew maurice max melvin michael miguel mike milton mitch mitchell mohammed muhammad
nathan nathaniel neil nelson nicholas nick noah norman oliver omar oscar otis owen pablo patrick
paul pedro perry pete peter phil philip phillip ralph ramon randall randy raul ray raymond reggie
reginald ricardo richard rick ricky rob robert roberto rodney roger roland ron ronald ronan ross
roy ruben russell ryan salvador sam samuel sean sergio seth shane shawn sidney stanley
stephen steve steven stuart ted terrence theodore thomas tim timothy todd tommy tony travis
trevor troy tyler tyrone vernon victor vincent wade walter warren wayne wesley willard william
willie xavier zachary
"""

_FEMALE = """
abigail ada adriana agnes aisha alice alicia allison alma amanda amber amy ana andrea angela
angelica anita ann anna anne annette antoinette april arlene audrey barbara beatrice becky
belinda bernice beth betsy betty beverly bonnie brenda bridget brittany camille candace carla
carmen carol carole caroline carolyn catherine cathy cecilia charlene charlotte cheryl christina
christine cindy claire clara claudia colette connie constance cynthia daisy danielle darlene
dawn deborah debra delia denise diana diane dolores donna doris dorothy edith edna eileen elaine
eleanor elena elise elizabeth ella ellen eloise elsa emily emma erica erin esther ethel eva evelyn
fatima felicia florence frances gabriela gail gina gladys gloria grace gretchen gwendolyn hannah
harriet hazel heather heidi helen hilary hillary holly ida ilana imani ines irene iris isabel
jacqueline jane janet janice jean jeanette jennifer jenny jessica jill jo joan joann joanne
josephine joy joyce juanita judith judy julia julie june karen katherine kathleen kathryn kathy
katie kay keisha kelsey kimberly kristen kristi kristin kristina laura lauren laurie leah lena
lila lillian linda lisa liz lois loretta lori lorna lorraine louise lucia lucy lydia lynn mabel
madeline mae maggie marcia margaret maria marian marie marilyn marion marjorie marlene martha
mary maureen maxine megan melinda melissa mercedes michelle mildred miriam molly monica
monique nadia nancy naomi natalie nellie nicole nina nora norma olga olivia pam pamela patricia
paula pauline peggy penny phyllis priscilla rachel ramona rebecca regina renata renee rhonda rita
roberta
rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shelley
sherry shirley sonia sonya sophia stacy stella stephanie sue susan suzanne sylvia tamara tammy
tanya teresa theresa tiffany tina tonya tracy valerie vanessa vera veronica vicki victoria
viola violet virginia vivian wanda wendy whitney wilma yolanda yvonne zoe
"""

# more names, from other languages and less common in English-language copy
_MORE_MALE = """
abraham ahmad ahmet aidan alan alec alessandro alexei alfonso amit anders andrei andy angus
anil anton arjun armando arun ashok augustus barrett bennett bjorn boris brendan brock bruno
caleb callum carlo carlton chester christian clayton conor connor conrad cornelius craig
damian damon dante declan deepak desmond dieter dmitri donald donovan duncan dylan elias
emeka emil emilio emmett ernesto esteban everett ezekiel ezra fabian farid federico felipe
fergus fletcher forrest francois garrett gareth gerard gideon giovanni giuseppe gonzalo grady
gregg griffin gunnar hamid hans harlan hassan heath hendrik henri hiroshi homer horace hubert
hussein ibrahim ignacio irving isaiah ismael jacques jamal jamil jarrod jasper jeremiah jermaine
joaquin jonah josh julius jurgen kamal kareem karim kelvin kendrick kenji kent khalid kieran
klaus kofi lars leland leonardo lester levi liam lincoln lorenzo luca lucas luther magnus
mahmoud manish marcel marcos mario marshall mateo matteo matthias maxwell mehmet micah mikhail
miles mohamed mohan morris moses murray mustafa nabil navid neal nigel nikhil nikolai nils
nolan olaf omari orlando oswald otto paolo pavel percy pierre piotr pradeep preston quentin
rafael rahul raj rajesh rajiv rakesh ramesh randolph rashid ravi reuben rex roderick rodrigo
rolando rudolph rufus rupert samir sandeep sanjay santiago saul seamus sebastian sergei
sherman silas simon solomon spencer stefan sunil sven takeshi tarek tariq terence thaddeus
tobias tomas tristan ulysses vaughn vijay vikram virgil vittorio vivek vladimir walid wallace
wendell wilbur wilfred winston woodrow wyatt youssef yuri yusuf zane
"""

_MORE_FEMALE = """
aaliyah abena adaeze adela adeline adrienne agatha agnieszka alejandra alessandra alexandra
alison allegra althea amelia amelie amina anastasia ananya angelina anjali annabel annika
antonia aoife arielle astrid beatriz bernadette bethany bianca birgit blanche brianna
brigitte britta bronwyn caitlin carmela carys cassandra catalina celeste celia celine chiara
chioma chloe ciara clarissa consuelo cora corinne daniela daphne deanna deepa deirdre delphine
desiree divya dora ebony elodie eliza elsie emilia esmeralda esperanza estelle eugenia
evangeline farah federica fernanda fiona flora francesca francine freya gemma genevieve
georgina gertrude gillian giselle giulia graciela greta guadalupe gwen hana helena helga
henrietta imogen ingrid irina isabella jacinta janelle janine jasmine jeanne jenna jillian
jocelyn joanna johanna juliana juliette justine kara karina katarina katarzyna kate
katharine katrina kavita kayla keiko kendra kirsten lakshmi larissa latoya layla leila
leona leticia liesel lilian linnea lorena lourdes louisa lucinda lucille luisa magdalena
maeve mallory marcella margarita margot marguerite mariam mariana maribel marina marisa
marisol marissa marta matilda maura mavis maya meena melanie meredith mia mireille miranda
moira muriel nadine natasha neha ngozi niamh noelle octavia odette olive ophelia paola
paulina penelope petra philippa phoebe pilar polly pooja priya priyanka radhika rebekah
rhea rhiannon rosalie rosario roxanne sabine sadie samira selena serena shauna sheryl
shreya siobhan sofia sophie sunita svetlana sylvie tabitha talia tamsin tara tatiana
tess tessa thea ursula valentina valeria vivienne willa yasmin yesenia yetunde yvette zainab
zara zelda
"""


@functools.cache
def _genders() -> dict[str, str]:
    """Each listed given name (lower case) with its gender, "m" or "f"."""
    genders = dict.fromkeys((_FEMALE + _MORE_FEMALE).split(), "f")
    genders.update(
        dict.fromkeys((_MALE + _MORE_MALE).split(), "m")
    )  # a name on both lists counts as male
    return genders


def given_name_gender(name: str) -> str | None:
    """ "m" or "f" for a given name usually borne by one gender, else None.

    >>> given_name_gender("Margaret"), given_name_gender("Jordan")
    ('f', None)
    """
    return _genders().get(name.casefold().strip("."))
